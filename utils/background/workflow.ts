/**
 * The background's part of the researcher workflow (issue 5): the keyboard shortcut that switches
 * overlays on and off. The switch is the stored setting, which every tab's content script watches,
 * so the shortcut, the popup switch and the options page all act through one persisted value.
 */
import { browser } from 'wxt/browser';
import { readOverlayPreferences } from '../overlay/visibility';
import { overlaySettingsItem } from '../storage';

/** The `commands` name of the overlay shortcut (declared in wxt.config.ts). */
export const TOGGLE_OVERLAYS_COMMAND = 'toggle-overlays';

/** Flips "Show overlays" and returns the new value. */
export async function toggleOverlays(): Promise<boolean> {
  const prefs = readOverlayPreferences(await overlaySettingsItem.getValue());
  const showOverlays = !prefs.showOverlays;
  await overlaySettingsItem.setValue({ ...prefs, showOverlays });
  return showOverlays;
}

/** Starts the workflow listeners; they stop when `signal` aborts. */
export function startWorkflow(signal?: AbortSignal): void {
  const onCommand = (command: string) => {
    if (command === TOGGLE_OVERLAYS_COMMAND) void toggleOverlays();
  };
  // Firefox for Android has no commands API.
  browser.commands?.onCommand.addListener(onCommand);
  signal?.addEventListener('abort', () => browser.commands?.onCommand.removeListener(onCommand), { once: true });
}
