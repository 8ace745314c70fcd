/**
 * Fact-checks the user sees: a page's JSON-LD scripts that mention ClaimReview go to the background,
 * which reads and keeps them. Cheap on purpose: one selector, a substring test, no parsing here, so
 * the content script carries none of the ClaimReview reader and pages without markup cost nothing.
 */
import { contentToBackground, sendMessage } from '@/utils/messaging';

/** Most scripts sent from one page, and the longest sent (the background enforces the same limits). */
const MAX_SCRIPTS = 20;
const MAX_CHARS = 500_000;

/** The text of the document's JSON-LD scripts that mention ClaimReview. */
export function claimReviewScripts(doc: Document): string[] {
  const found: string[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const text = script.textContent ?? '';
    if (text.length <= MAX_CHARS && text.includes('ClaimReview')) found.push(text);
    if (found.length >= MAX_SCRIPTS) break;
  }
  return found;
}

/** Sends the page's ClaimReview markup, if any, to the background to keep. */
export async function reportFactChecks(doc: Document): Promise<void> {
  const jsonLd = claimReviewScripts(doc);
  if (jsonLd.length === 0) return;
  const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() || undefined;
  await sendMessage(contentToBackground, 'fact-checks-seen', { jsonLd, ...(siteName ? { siteName } : {}) }).catch(() => undefined);
}
