import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_LINK_CHECK_SETTINGS, linkCheckSettingsItem, type LinkCheckSettings } from '@/utils/storage';

export interface LinkCheckOptionsProps {
  /** Where the settings live; the options page passes the storage item. */
  item?: Pick<typeof linkCheckSettingsItem, 'getValue' | 'setValue'>;
}

/** The options page's link-check settings: automatic checks and local/private addresses, both off by default. */
export function LinkCheckOptions({ item = linkCheckSettingsItem }: LinkCheckOptionsProps) {
  const [settings, setSettings] = useState<LinkCheckSettings | null>(null);
  useEffect(() => {
    void item.getValue().then((value) => setSettings({ ...DEFAULT_LINK_CHECK_SETTINGS, ...value }));
  }, [item]);
  if (!settings) return null;
  const change = (patch: Partial<LinkCheckSettings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    void item.setValue(next);
  };
  return (
    <section aria-labelledby="link-check-options">
      <h2 id="link-check-options">Link checks</h2>
      <p>
        Link checks contact the sites an article links to (only those), once you allow it from the popup. Results are
        remembered for a day (failures for an hour), so revisiting a page sends nothing again.
      </p>
      <p>
        <label>
          <input type="checkbox" name="autoCheck" checked={settings.autoCheck} onChange={(e) => change({ autoCheck: e.currentTarget.checked })} />{' '}
          Check the links of every analysed page automatically (otherwise when you open the popup or click “Check links”)
        </label>
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            name="allowPrivate"
            checked={settings.allowPrivate}
            onChange={(e) => change({ allowPrivate: e.currentTarget.checked })}
          />{' '}
          Allow checking local/private addresses (localhost, 192.168.x.x, 10.x.x.x…). Off by default, so a web page cannot
          make ClaimLens probe your own network.
        </label>
      </p>
    </section>
  );
}
