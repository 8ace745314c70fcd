import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { noteDraftsItem } from '@/utils/storage';
import { usePageDrafts } from './user-notes';

const PAGE = 'https://news.example/story';
const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

/** What a popup's editor sees of the drafts: `window.view` after each render. */
function Probe({ page }: { page: string }) {
  const drafts = usePageDrafts(page).scope('claim:c1');
  (window as unknown as { view: typeof drafts }).view = drafts;
  return null;
}
const view = () => (window as unknown as { view: ReturnType<ReturnType<typeof usePageDrafts>['scope']> }).view;

describe('the popup\'s unsaved notes', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.innerHTML = '<div id="root"></div>';
  });

  it('are written to session storage as typed and read back by the next popup for the same page', async () => {
    const root = document.getElementById('root')!;
    await act(() => render(<Probe page={PAGE} />, root));
    await act(() => view().set('new', 'Typed before the popup closed'));
    await flush();
    expect(await noteDraftsItem(PAGE).getValue()).toEqual({ 'claim:c1#new': 'Typed before the popup closed' });

    await act(() => render(null, root));
    await act(() => render(<Probe page={PAGE} />, root));
    await flush();
    expect(view().get('new')).toBe('Typed before the popup closed');

    await act(() => view().set('new', null));
    await flush();
    expect(await noteDraftsItem(PAGE).getValue()).toEqual({});
  });

  it('are kept per page', async () => {
    await noteDraftsItem(PAGE).setValue({ 'claim:c1#new': 'For the story' });
    await act(() => render(<Probe page="https://news.example/other" />, document.getElementById('root')!));
    await flush();
    expect(view().get('new')).toBeUndefined();
  });
});
