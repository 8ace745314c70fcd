import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageSender } from '../messaging';
import { buildPageNotesJson } from '../export/json';
import { claimOn, selectionOn } from '../notes/test-notes';
import { userNotesItem } from '../storage';
import { notesFromContent, notesFromPage } from '../notes/messages';
import { startNotes } from './notes';

const OWN_ID = fakeBrowser.runtime.id;
const URL_A = 'https://news.example/story';
const KEY_A = 'https://news.example/story';
const tab = (url: string) => ({ id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false, url }) as NonNullable<MessageSender['tab']>;
const contentSender = (url = URL_A): MessageSender => ({ id: OWN_ID, tab: tab(url), frameId: 0, url });
const popupSender: MessageSender = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` };

async function send(channel: string, type: string, data: unknown, sender: MessageSender) {
  const answers = await fakeBrowser.runtime.onMessage.trigger({ channel, type, data }, sender);
  return answers.find((a) => a !== undefined) as any;
}
const fromPage = (type: string, data: unknown) => send(notesFromPage.channel, type, data, popupSender);
const fromContent = (type: string, data: unknown, url?: string) => send(notesFromContent.channel, type, data, contentSender(url));

describe('background notes', () => {
  let controller: AbortController;
  beforeEach(() => {
    fakeBrowser.reset();
    controller = new AbortController();
    startNotes(controller.signal, undefined, { menu: false }); // fakeBrowser has no contextMenus
  });
  afterEach(() => controller.abort());

  it('adds, lists, edits and deletes a page note from the popup, kept in extension storage', async () => {
    const added = await fromPage('notes-add', { url: `${URL_A}?utm_source=x`, title: 'Story', target: claimOn('c1', '4,000 jobs'), body: 'Check the ministry figures' });
    expect(added.ok).toBe(true);
    expect(added.note.pageKey).toBe(KEY_A);
    expect(await fromPage('notes-page', { key: KEY_A })).toHaveLength(1);
    expect(JSON.stringify(await userNotesItem.getValue())).toContain('Check the ministry figures');

    const edited = await fromPage('notes-edit', { key: KEY_A, id: added.note.id, body: 'Figures confirmed', baseUpdatedAt: added.note.updatedAt });
    expect(edited.ok && edited.result.status).toBe('saved');
    const [entry] = await fromPage('notes-list', { search: 'confirmed' });
    expect(entry.note.body).toBe('Figures confirmed');
    expect(entry.pageTitle).toBe('Story');

    expect(await fromPage('notes-delete', { key: KEY_A, id: added.note.id })).toEqual({ ok: true, deleted: true });
    expect(await fromPage('notes-list', {})).toEqual([]);
  });

  it('refuses an empty note with a message for the user and stores nothing', async () => {
    const answer = await fromPage('notes-add', { url: URL_A, target: selectionOn('4,000 jobs'), body: '   ' });
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/\w/);
    expect(await fromPage('notes-page', { key: KEY_A })).toEqual([]);
  });

  it('lets a content script change only its own site\'s notes', async () => {
    const own = await fromContent('notes-add', { url: URL_A, target: selectionOn('4,000 jobs'), body: 'mine' });
    expect(own.ok).toBe(true);
    const foreign = await fromContent('notes-add', { url: URL_A, target: selectionOn('4,000 jobs'), body: 'theirs' }, 'https://evil.example/');
    expect(foreign.ok).toBe(false);
    expect(await fromContent('notes-delete', { key: KEY_A, id: own.note.id }, 'https://evil.example/')).toMatchObject({ ok: false });
    expect(await fromContent('notes-page', { key: KEY_A }, 'https://evil.example/')).toEqual([]);
    expect(await fromContent('notes-page', { key: KEY_A })).toHaveLength(1);
    // The admin messages are not answered on the content channel at all.
    expect(await send(notesFromContent.channel, 'notes-list', {}, contentSender())).toBeUndefined();
    expect(await send(notesFromPage.channel, 'notes-list', {}, contentSender())).toBeUndefined();
  });

  it('imports an exported file once, and refuses a corrupt one without changing anything', async () => {
    await fromPage('notes-add', { url: URL_A, title: 'Story', target: selectionOn('4,000 jobs'), body: 'exported note' });
    const pages = await fromPage('notes-all-pages', {});
    expect(pages).toHaveLength(1);
    const file = buildPageNotesJson(pages);
    fakeBrowser.reset();
    controller.abort();
    controller = new AbortController();
    startNotes(controller.signal, undefined, { menu: false }); // fakeBrowser has no contextMenus
    const first = await fromPage('notes-import', { text: file });
    expect(first).toMatchObject({ ok: true, summary: { added: 1 } });
    const again = await fromPage('notes-import', { text: file });
    expect(again).toMatchObject({ ok: true, summary: { added: 0, duplicates: 1 } });
    const before = JSON.stringify(await userNotesItem.getValue());
    const bad = await fromPage('notes-import', { text: '{"not": "ours"' });
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(await userNotesItem.getValue())).toBe(before);
  });
});
