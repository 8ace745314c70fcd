import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { factChecksItem, userRatingsItem } from '@/utils/storage';
import { FactCheckSettings, RatingsSettings } from './RatingsSettings';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
});

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 20)));

function type(name: string, value: string) {
  const input = root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  input.value = value;
  act(() => {
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function chooseFile(name: string, text: string, fileName: string) {
  const input = root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  const file = new File([text], fileName);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
  await settle();
}

describe('options: source ratings', () => {
  it('cites the paper, saves a typed rating marked as the user\'s, and deletes it', async () => {
    act(() => render(<RatingsSettings />, root));
    await settle();
    expect(root.textContent).toContain('High level of correspondence across different news domain quality rating sets');
    expect(root.textContent).toContain('PNAS Nexus 2(9), 2023');
    type('domain', 'https://www.Example.com/page');
    type('score', '0.25');
    type('label', 'tabloid');
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(await userRatingsItem.getValue()).toEqual([{ domain: 'example.com', score: 0.25, label: 'tabloid' }]);
    expect(root.querySelector('li[data-domain="example.com"]')?.textContent).toContain('Domain quality 0.25 of 1: tabloid (your rating)');

    root.querySelector<HTMLButtonElement>('button[aria-label="Delete your rating of example.com"]')!.click();
    await settle();
    expect(await userRatingsItem.getValue()).toEqual([]);
    expect(root.querySelector('li[data-domain="example.com"]')).toBeNull();
  });

  it('refuses a score outside 0..1 with a plain error', async () => {
    act(() => render(<RatingsSettings />, root));
    type('domain', 'example.com');
    type('score', '7');
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('from 0');
    expect(await userRatingsItem.getValue()).toEqual([]);
  });

  it('imports a CSV of the user\'s list, and says clearly why a bad file was refused', async () => {
    act(() => render(<RatingsSettings />, root));
    await chooseFile('ratings-csv', 'domain,score,label\nexample.org,0.9,my paper\nblog.example.net,0.1,\n', 'mine.csv');
    expect(await userRatingsItem.getValue()).toEqual([
      { domain: 'example.org', score: 0.9, label: 'my paper' },
      { domain: 'blog.example.net', score: 0.1 },
    ]);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Imported 2 ratings');

    await chooseFile('ratings-csv', '\u0000\u0001 not a csv at all', 'photo.csv');
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/^Nothing imported: .+/);
    expect(await userRatingsItem.getValue()).toHaveLength(2);
  });
});

describe('options: fact-checks', () => {
  it('counts the kept fact-checks and imports a ClaimReview JSON-LD file without duplicates', async () => {
    act(() => render(<FactCheckSettings />, root));
    await settle();
    expect(root.querySelector('[data-testid="factcheck-count"]')?.textContent).toBe('0 fact-checks kept.');
    const review = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://checker.example/review/1',
      claimReviewed: 'The moon is made of cheese',
      author: { '@type': 'Organization', name: 'Checker' },
      reviewRating: { '@type': 'Rating', alternateName: 'False' },
    });
    await chooseFile('factchecks', review, 'review.jsonld');
    await chooseFile('factchecks', review, 'review.jsonld');
    const stored = await factChecksItem.getValue();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ claimReviewed: 'The moon is made of cheese', author: 'Checker', rating: 'False' });
    expect(root.querySelector('[data-testid="factcheck-count"]')?.textContent).toBe('1 fact-check kept.');
    expect(root.querySelector('[role="status"]')?.textContent).toContain('0 new');

    await chooseFile('factchecks', '{"@type":"NewsArticle"}', 'article.json');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Nothing imported: No ClaimReview fact-checks were found in this file.');
  });
});
