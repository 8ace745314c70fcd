/** The overlay settings as the popup and options page read and write them (one persisted value). */
import { useEffect, useState } from 'preact/hooks';
import { readOverlayPreferences, type OverlayPreferences } from '@/utils/overlay/visibility';
import { overlaySettingsItem } from '@/utils/storage';

/** The stored preferences, live (changes from the shortcut or another page show at once), and a setter that persists. */
export function useOverlayPreferences(): [OverlayPreferences | null, (prefs: OverlayPreferences) => void] {
  const [prefs, setPrefs] = useState<OverlayPreferences | null>(null);
  useEffect(() => {
    let live = true;
    void overlaySettingsItem.getValue().then((value) => live && setPrefs(readOverlayPreferences(value)));
    const unwatch = overlaySettingsItem.watch((value) => setPrefs(readOverlayPreferences(value)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const save = (next: OverlayPreferences) => {
    setPrefs(next);
    void overlaySettingsItem.setValue(next);
  };
  return [prefs, save];
}
