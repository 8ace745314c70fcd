import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadRatingTableFromDisk } from '../credibility/load-node';
import { contentToBackground, pageToBackground, type MessageSender, type PageAnalysis } from '../messaging';
import { claimAt, linkReport, pageNotes } from '../overlay/test-notes';
import { factChecksItem, userRatingsItem } from '../storage';
import type { PageNotes } from '../types';
import { startBackground } from './index';
import { TabAnalyses } from './tab-store';

const OWN_ID = fakeBrowser.runtime.id;
const TAB = 7;
const tab = { id: TAB, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as NonNullable<MessageSender['tab']>;
const contentSender = (url: string): MessageSender => ({ id: OWN_ID, tab: { ...tab, url }, frameId: 0, url });
const popupSender: MessageSender = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` };

const SHARED = join(process.cwd(), '../shared/data');
/** The score exactly as written in the paper's data file. */
function linScore(domain: string): number {
  const csv = readFileSync(join(SHARED, 'domains/lin2023/domain_pc1.csv'), 'utf8');
  const line = csv.split(/\r?\n/).find((row) => row.startsWith(`${domain},`));
  if (!line) throw new Error(`${domain} is not in the table`);
  return Number(line.slice(domain.length + 1));
}
const afpPage = readFileSync(join(SHARED, 'claimreview-dev/pages/afp_raw.html'), 'utf8');

/** The JSON-LD script texts that mention ClaimReview, as the content script sends them (a regex: parsing the page would fetch its CSS). */
function jsonLdScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*type=["']application\/ld\+json["'][^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]).filter((t) => t.includes('ClaimReview'));
}

const send = (type: string, data: unknown, sender: MessageSender) =>
  fakeBrowser.runtime.onMessage.trigger({ channel: contentToBackground.channel, type, data }, sender);
const ask = async (tabId: number): Promise<PageAnalysis | null> =>
  (await fakeBrowser.runtime.onMessage.trigger({ channel: pageToBackground.channel, type: 'get-tab-analysis', data: { tabId } }, popupSender)).find(
    (answer) => answer !== undefined,
  );

const REWORDED = 'Posts shared online claim the CDC lied about the number of COVID-19 deaths by combining the count with pneumonia and influenza fatalities.';
const UNRELATED = 'The city council said 40 schools would close next week because of the storm.';

function newsAnalysis(url = 'https://www.bbc.co.uk/news/story'): PageAnalysis {
  const claims = [
    claimAt('c1', REWORDED, 0, REWORDED.length, { linkIds: ['l0'] }),
    claimAt('c2', UNRELATED, 0, UNRELATED.length, { linkIds: ['l1', 'l2'] }),
  ];
  const links = [
    linkReport('l0', 'unchecked', { url: 'https://www.infowars.com/posts/cdc-deaths', href: 'https://www.infowars.com/posts/cdc-deaths', text: 'Infowars' }),
    linkReport('l1', 'unchecked', { url: 'https://edition.cnn.com/2024/schools', href: 'https://edition.cnn.com/2024/schools', text: 'CNN' }),
    linkReport('l2', 'unchecked', { url: 'https://blog.unrated-domain.example/post', href: 'https://blog.unrated-domain.example/post' }),
    linkReport('l3', 'non-web', { url: 'mailto:desk@example.org', href: 'mailto:desk@example.org' }),
  ];
  const notes: PageNotes = pageNotes(claims, links, { url });
  return { phase: 'ready', url, notes, reportedAt: '2024-01-01T00:00:01.000Z' };
}

describe('background credibility', () => {
  let stop: () => void;
  beforeEach(() => {
    fakeBrowser.reset();
    stop = startBackground(new TabAnalyses(), { credibility: { loadTable: () => loadRatingTableFromDisk() } });
  });
  afterEach(() => {
    stop();
    vi.restoreAllMocks();
  });

  it('rates every web link and the page itself with the score exactly as in the data, and notes a claim citing only low-quality sources', async () => {
    const url = 'https://www.bbc.co.uk/news/story';
    await send('page-analysis', newsAnalysis(url), contentSender(url));
    const notes = (await ask(TAB))!.notes!;
    const [infowars, cnn, unrated, mail] = notes.links;
    expect(infowars.domain).toBe('infowars.com');
    expect(infowars.rating).toEqual({ score: linScore('infowars.com'), source: 'lin2023' });
    // The sub-domain's own rating comes before its site's, but `domain` stays the registrable one.
    expect(cnn.domain).toBe('cnn.com');
    expect(cnn.rating).toEqual({ score: linScore('edition.cnn.com'), source: 'lin2023' });
    expect(unrated.domain).toBe('unrated-domain.example');
    expect(unrated.rating).toBeUndefined();
    expect(mail.domain).toBeUndefined();
    expect(notes.domain).toBe('bbc.co.uk');
    expect(notes.rating).toEqual({ score: linScore('bbc.co.uk'), source: 'lin2023' });

    const lowQuality = (id: string) => notes.claims.find((c) => c.id === id)!.notes.filter((n) => n.code === 'low-quality-source');
    expect(lowQuality('c1')).toHaveLength(1);
    expect(lowQuality('c1')[0].text).toContain('infowars.com');
    // One unrated and one well-rated source: not a low-quality claim.
    expect(lowQuality('c2')).toEqual([]);
  });

  it('lets the user\'s own ratings win, marked as theirs, from the next page on', async () => {
    await userRatingsItem.setValue([{ domain: 'cnn.com', score: 0.2, label: 'my doubts' }, { domain: 'unrated-domain.example', score: 0.1 }]);
    const url = 'https://news.example/story';
    await send('page-analysis', newsAnalysis(url), contentSender(url));
    const notes = (await ask(TAB))!.notes!;
    expect(notes.links[1].rating).toEqual({ score: 0.2, source: 'user', label: 'my doubts' });
    expect(notes.links[2].rating).toEqual({ score: 0.1, source: 'user' });
    expect(notes.claims[1].notes.map((n) => n.code)).toContain('low-quality-source');

    await userRatingsItem.setValue([]);
    await send('page-analysis', { ...newsAnalysis(url), reportedAt: '2024-01-01T00:00:02.000Z' }, contentSender(url));
    const after = (await ask(TAB))!.notes!;
    expect(after.links[1].rating?.source).toBe('lin2023');
    expect(after.claims[1].notes.map((n) => n.code)).not.toContain('low-quality-source');
  });

  it('keeps the fact-checks a visited page carries and notes a later page\'s reworded claim, linking the fact-check', async () => {
    const scripts = jsonLdScripts(afpPage);
    expect(scripts.length).toBeGreaterThan(0);
    const answers = await send('fact-checks-seen', { jsonLd: scripts }, contentSender('https://factcheck.afp.com/cdc-does-not-add-flu'));
    expect(answers.find((a) => a !== undefined)).toEqual({ added: 1 });
    const stored = await factChecksItem.getValue();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ rating: 'False', author: 'AFP Fact Check', url: 'https://factcheck.afp.com/cdc-does-not-add-flu-and-pneumonia-deaths-covid-19-toll' });

    // Seeing the same page again adds nothing.
    await send('fact-checks-seen', { jsonLd: scripts }, contentSender('https://factcheck.afp.com/cdc-does-not-add-flu'));
    expect(await factChecksItem.getValue()).toHaveLength(1);

    const url = 'https://news.example/story';
    await send('page-analysis', newsAnalysis(url), contentSender(url));
    const notes = (await ask(TAB))!.notes!;
    const checked = notes.claims[0].notes.find((n) => n.code === 'fact-checked');
    expect(checked).toMatchObject({ text: 'Fact-checked by AFP Fact Check: False', origin: 'rule', href: stored[0].url });
    expect(notes.claims[1].notes.some((n) => n.code === 'fact-checked')).toBe(false);
  });

  it('takes fact-checks only from its own content scripts, and ignores pages without ClaimReview', async () => {
    const scripts = jsonLdScripts(afpPage);
    await send('fact-checks-seen', { jsonLd: scripts }, { ...contentSender('https://x.example/'), id: 'another-extension' });
    await send('fact-checks-seen', { jsonLd: scripts }, popupSender);
    await send('fact-checks-seen', { jsonLd: ['{"@type":"NewsArticle","headline":"ClaimReview is mentioned"}', 'not json', 42] }, contentSender('https://x.example/'));
    await send('fact-checks-seen', { jsonLd: 'not a list' }, contentSender('https://x.example/'));
    expect(await factChecksItem.getValue()).toEqual([]);
  });
});
