import { useId } from 'preact/hooks';
import type { OverlayPreferences, SiteRule } from '@/utils/overlay/visibility';

export interface OverlayTogglesProps {
  prefs: OverlayPreferences;
  /** The current page's site (hostname), or '' when the page has none. */
  site: string;
  onChange: (prefs: OverlayPreferences) => void;
}

/** The popup's quick switches: all overlays on/off, "problems only" link markers, and this site's rule. */
export function OverlayToggles({ prefs, site, onChange }: OverlayTogglesProps) {
  const siteId = useId();
  const rule = site ? prefs.sites[site] : undefined;
  const setRule = (value: string) => {
    const sites = { ...prefs.sites };
    if (value === 'never' || value === 'always') sites[site] = value as SiteRule;
    else delete sites[site];
    onChange({ ...prefs, sites });
  };
  return (
    <div class="toggles">
      <label class="toggle">
        <input
          type="checkbox"
          role="switch"
          checked={prefs.showOverlays}
          onChange={(e) => onChange({ ...prefs, showOverlays: (e.currentTarget as HTMLInputElement).checked })}
        />
        Show overlays
      </label>
      <label class="toggle">
        <input
          type="checkbox"
          checked={prefs.linkMarkers === 'problems'}
          onChange={(e) => onChange({ ...prefs, linkMarkers: (e.currentTarget as HTMLInputElement).checked ? 'problems' : 'flagged' })}
        />
        Broken links only
      </label>
      {site ? (
        <span class="toggle">
          <label for={siteId}>On {site}:</label>{' '}
          <select id={siteId} value={rule ?? 'default'} onChange={(e) => setRule((e.currentTarget as HTMLSelectElement).value)}>
            <option value="default">as set above</option>
            <option value="never">never run</option>
            <option value="always">always show</option>
          </select>
        </span>
      ) : null}
    </div>
  );
}
