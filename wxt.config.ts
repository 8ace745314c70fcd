import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'ClaimLens',
    description:
      'Finds the checkable claims in a news article, notes what backs them, and flags broken source links. Analysis stays on your device.',
    // Chrome caps storage.local at 10 MB, which years of notes can reach; unlimitedStorage lifts that
    // without a permission warning. Firefox has no such cap and would ask the user, so it is not asked for there.
    permissions: ['storage', 'activeTab', 'contextMenus', ...(browser === 'firefox' ? [] : ['unlimitedStorage'])],
    commands: {
      // Handled in the background (utils/background/workflow.ts), which flips the stored setting.
      'toggle-overlays': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Show or hide ClaimLens overlays',
      },
    },
    // Link checks need to reach the linked hosts; asked for the first time the user checks links.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    browser_specific_settings: {
      gecko: {
        id: 'claimlens@claimlens.example',
        strict_min_version: '115.0',
        // ClaimLens sends nothing about the user anywhere: analysis is local, link checks go to the linked hosts.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
