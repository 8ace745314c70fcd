/**
 * The popup's side of link checks: asks for the host permission inside the user's click (the
 * browser only prompts during a gesture), starts the background's check, follows its progress.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LINK_CHECK_ORIGINS, isCheckable } from '@/utils/link-check';
import { backgroundToPage, onMessages, pageToBackground, sendMessage, type LinkCheckProgress } from '@/utils/messaging';
import type { PageNotes } from '@/utils/types';

/** Whether the user granted ClaimLens the linked sites. */
export async function hasLinkPermission(): Promise<boolean> {
  return browser.permissions.contains({ origins: LINK_CHECK_ORIGINS }).catch(() => false);
}

/** Asks the background to check the tab's links; resolves to where the run stands. */
export async function startLinkCheck(tabId: number): Promise<LinkCheckProgress | null> {
  return sendMessage(pageToBackground, 'check-links', { tabId }).catch(() => null);
}

/**
 * Which of two reports of a tab's link checks to show: the later run, and within one run the further
 * one. Reports reach the popup by two ways (the answer to its own request, and the background's
 * broadcasts), which need not arrive in the order they were sent: an older one must not set the count back.
 */
export function laterProgress(current: LinkCheckProgress | null, next: LinkCheckProgress): LinkCheckProgress {
  if (!current) return next;
  if (next.startedAt !== current.startedAt) return next.startedAt > current.startedAt ? next : current;
  const ended = (p: LinkCheckProgress) => p.phase !== 'checking';
  if (ended(current) !== ended(next)) return ended(next) ? next : current;
  return next.done >= current.done ? next : current;
}

export interface LinkCheckView {
  progress: LinkCheckProgress | null;
  permitted: boolean | null;
  unchecked: number;
  /** For the "Check links" button's click handler. */
  onCheck: () => void;
}

/** Follows a tab's link checks and starts one when the popup opens on a page with unchecked links (if permitted). */
export function useLinkChecks(tabId: number, notes: PageNotes | null): LinkCheckView {
  const [progress, setProgress] = useState<LinkCheckProgress | null>(null);
  const [permitted, setPermitted] = useState<boolean | null>(null);
  const unchecked = notes ? notes.links.filter(isCheckable).length : 0;
  const url = notes?.url ?? null;

  useEffect(() => {
    const controller = new AbortController();
    onMessages(
      backgroundToPage,
      { 'link-check-progress': ({ tabId: changed, progress: next }) => void (changed === tabId && setProgress((current) => laterProgress(current, next))) },
      controller.signal,
    );
    void sendMessage(pageToBackground, 'get-link-check', { tabId })
      .then((known) => {
        if (!controller.signal.aborted && known) setProgress((current) => laterProgress(current, known));
      })
      .catch(() => undefined);
    void hasLinkPermission().then((granted) => !controller.signal.aborted && setPermitted(granted));
    return () => controller.abort();
  }, [tabId]);

  // Opening the popup is the user asking: check once the page is analysed, if the permission is there.
  useEffect(() => {
    if (!url || permitted !== true || unchecked === 0) return;
    void startLinkCheck(tabId).then((next) => next && setProgress((current) => laterProgress(current, next)));
  }, [tabId, url, permitted, unchecked > 0]);

  const onCheck = useCallback(() => {
    // First thing in the click: the browser shows its prompt only during the user's gesture.
    browser.permissions
      .request({ origins: LINK_CHECK_ORIGINS })
      .catch(() => false)
      .then(async (granted) => {
        setPermitted(granted);
        const next = await startLinkCheck(tabId);
        if (next) setProgress((current) => laterProgress(current, next));
      });
  }, [tabId]);

  return { progress, permitted, unchecked, onCheck };
}
