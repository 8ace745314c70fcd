import type { OverlayPreferences, SiteRule } from '@/utils/overlay/visibility';

export interface SiteRulesProps {
  prefs: OverlayPreferences;
  onChange: (prefs: OverlayPreferences) => void;
}

/** The per-site rules (never run / always show) set from the popup, each removable here. */
export function SiteRules({ prefs, onChange }: SiteRulesProps) {
  const sites = Object.entries(prefs.sites).sort(([a], [b]) => a.localeCompare(b));
  const setRule = (site: string, rule: SiteRule | null) => {
    const next = { ...prefs.sites };
    if (rule) next[site] = rule;
    else delete next[site];
    onChange({ ...prefs, sites: next });
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <label>
        <input type="checkbox" checked={prefs.showOverlays} onChange={(e) => onChange({ ...prefs, showOverlays: (e.target as HTMLInputElement).checked })} /> Show
        overlays
      </label>
      {sites.length === 0 ? (
        <p>No site rules. Set one from the popup on a page of that site.</p>
      ) : (
        <ul>
          {sites.map(([site, rule]) => (
            <li key={site}>
              <strong>{site}</strong>: {rule === 'never' ? 'never run ClaimLens' : 'always show overlays'}{' '}
              <button type="button" aria-label={`Remove the rule for ${site}`} onClick={() => setRule(site, null)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
