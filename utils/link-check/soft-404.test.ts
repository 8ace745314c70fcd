// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isRedirectToHomePage, notFoundHeadline } from './soft-404';

describe('notFoundHeadline', () => {
  it.each([
    '<title>Page not found | The Daily Ledger</title>',
    '<title>404 - Page Missing</title>',
    '<title>Error 404</title>',
    '<head><title>Archive</title></head><body><h1>Sorry, this page doesn’t exist</h1>',
    '<title>Oops! We can’t find that page</title>',
    '<title>Seite nicht gefunden</title>',
    '<title>Not Found</title>',
    '<h1>This article is no longer available</h1>',
  ])('finds a missing page in %s', (html) => {
    expect(notFoundHeadline(html)).not.toBeNull();
  });

  it.each([
    '<title>Minister says the missing report was not found in the archive</title>', // a story, not an error
    '<title>How we fixed 404 errors on our site</title><h1>Fixing broken links</h1>',
    '<title>Election results 2024</title><p>Page not found errors rose</p>', // body text is not read
    '<p>no title at all</p>',
  ])('leaves a real page alone: %s', (html) => {
    expect(notFoundHeadline(html)).toBeNull();
  });
});

describe('isRedirectToHomePage', () => {
  const url = (href: string) => new URL(href);
  it('spots a deep link sent to the same site’s front page', () => {
    expect(isRedirectToHomePage(url('https://news.example/2021/05/story'), url('https://www.news.example/'))).toBe(true);
  });
  it('leaves ordinary moves alone', () => {
    expect(isRedirectToHomePage(url('https://news.example/'), url('https://news.example/'))).toBe(false);
    expect(isRedirectToHomePage(url('https://news.example/a'), url('https://news.example/b'))).toBe(false);
    expect(isRedirectToHomePage(url('https://bit.ly/abc'), url('https://other.example/'))).toBe(false);
  });
});
