import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { toggleOverlays } from '../background/workflow';
import { overlaySettingsItem } from '../storage';
import { claimAt, linkReport, pageNotes } from './test-notes';
import { mayRunOn, overlayShownOn, readOverlayPreferences, visibleNotes } from './visibility';

const text = 'The Ministry said 40 schools closed. It will rain tomorrow.';
const notes = pageNotes(
  [claimAt('c1', text, 0, 36, { kinds: ['attributed', 'numeric'] }), claimAt('c2', text, 37, text.length, { kinds: ['prediction'] })],
  [linkReport('l1', 'broken'), linkReport('l2', 'redirected'), linkReport('l3', 'ok')],
);

describe('overlay preferences', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads an old stored value (only showOverlays) with every new field defaulted', () => {
    expect(readOverlayPreferences({ showOverlays: false })).toEqual({ showOverlays: false, hiddenKinds: [], linkMarkers: 'flagged', sites: {} });
    expect(readOverlayPreferences(null).showOverlays).toBe(true);
    expect(readOverlayPreferences({ hiddenKinds: ['numeric', 'bogus'], sites: { 'a.org': 'never', 'b.org': 'sometimes' } })).toMatchObject({
      hiddenKinds: ['numeric'],
      sites: { 'a.org': 'never' },
    });
  });

  it('hides claims whose every kind is switched off, and keeps the rest', () => {
    const prefs = { ...readOverlayPreferences(null), hiddenKinds: ['prediction' as const, 'numeric' as const] };
    expect(visibleNotes(notes, prefs).claims.map((c) => c.id)).toEqual(['c1']);
  });

  it('"problems only" keeps broken links flagged and unflags redirects, keeping the numbering', () => {
    const shown = visibleNotes(notes, { ...readOverlayPreferences(null), linkMarkers: 'problems' });
    expect(shown.links.map((l) => l.id)).toEqual(['l1', 'l2', 'l3']);
    expect(shown.links.map((l) => l.flagged ?? null)).toEqual([null, false, null]);
  });

  it('per-site rules: never runs nowhere on the site, always shows even with overlays off', () => {
    const prefs = { ...readOverlayPreferences(null), showOverlays: false, sites: { 'news.example': 'always' as const, 'ads.example': 'never' as const } };
    expect(overlayShownOn(prefs, 'https://www.news.example/story')).toBe(true);
    expect(overlayShownOn(prefs, 'https://other.example/')).toBe(false);
    expect(mayRunOn(prefs, 'https://ads.example/x')).toBe(false);
    expect(mayRunOn(prefs, 'https://other.example/')).toBe(true);
  });

  it('the keyboard shortcut flips the stored switch and keeps the other settings', async () => {
    await overlaySettingsItem.setValue({ showOverlays: true, hiddenKinds: ['quote'], sites: { 'a.org': 'never' } });
    expect(await toggleOverlays()).toBe(false);
    expect(readOverlayPreferences(await overlaySettingsItem.getValue())).toMatchObject({ showOverlays: false, hiddenKinds: ['quote'], sites: { 'a.org': 'never' } });
    expect(await toggleOverlays()).toBe(true);
  });
});
