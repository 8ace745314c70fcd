/**
 * Typed messages between ClaimLens's parts, one map per direction (STYLE.md practice 3).
 *
 * Each direction has its own channel name and its own sender check, so a message is only acted on
 * when it arrives on the channel its sender is allowed to use: a content script cannot ask for
 * another tab's results, and only extension pages can steer a content script.
 */
import { browser, type Browser } from 'wxt/browser';
import type { LinkReport, PageNotes } from './types';

export type MessageSender = Browser.runtime.MessageSender;

/** Where a content script's analysis of its page stands. */
export type AnalysisPhase = 'analysing' | 'ready' | 'failed';

/** A content script's report on its page, as the background keeps it per tab. */
export interface PageAnalysis {
  phase: AnalysisPhase;
  /** The page's URL when the report was made. */
  url: string;
  /** Present when `phase` is `ready`. */
  notes?: PageNotes;
  /** What went wrong, when `phase` is `failed`. */
  error?: string;
  /** ISO time of the report. */
  reportedAt: string;
}

/** content script → background */
export interface ContentToBackground {
  /** The page's analysis changed (started, finished, failed). */
  'page-analysis': { request: PageAnalysis; response: void };
  /** The text of the page's JSON-LD scripts that mention ClaimReview: the background keeps the fact-checks in them. */
  'fact-checks-seen': { request: { jsonLd: string[]; siteName?: string }; response: { added: number } };
}

/** popup (or another extension page) → background */
export interface PageToBackground {
  /** The last analysis reported for a tab, or null when none is known. */
  'get-tab-analysis': { request: { tabId: number }; response: PageAnalysis | null };
  /** Checks the tab's unchecked web links (or joins the run under way); answers where the run stands. */
  'check-links': { request: { tabId: number }; response: LinkCheckProgress };
  /** Where the tab's last link check stands, or null when none ran. */
  'get-link-check': { request: { tabId: number }; response: LinkCheckProgress | null };
}

/** background → extension pages (a broadcast; nobody may be listening) */
export interface BackgroundToPage {
  'tab-analysis-changed': { request: { tabId: number; analysis: PageAnalysis | null }; response: void };
  /** A link-check run moved on (started, a link done, finished); the checked links arrive in the tab's analysis. */
  'link-check-progress': { request: { tabId: number; progress: LinkCheckProgress }; response: void };
}

/** popup (or another extension page) → a tab's content script */
export interface PageToContent {
  /** The content script's own view of its page (the source of truth when the background has none). */
  'get-page-analysis': { request: Record<string, never>; response: PageAnalysis };
  /** Scroll to a claim and flash it. */
  'reveal-claim': { request: { claimId: string }; response: { revealed: boolean } };
}

/** background → a tab's content script */
export interface BackgroundToContent {
  /** Links the background checked: the page's notes and link markers take their statuses. */
  'links-checked': { request: { links: LinkReport[] }; response: void };
}

/** Where a tab's link check stands. */
export type LinkCheckPhase = 'needs-permission' | 'checking' | 'done' | 'failed';

/** A tab's link-check run, as the popup shows it ("37 of 120 links checked"). */
export interface LinkCheckProgress {
  phase: LinkCheckPhase;
  /** The page whose links these are. */
  url: string;
  /** Links with a verdict so far, and links to check in all (one URL linked twice counts twice). */
  done: number;
  total: number;
  /** What went wrong, when `phase` is `failed`. */
  error?: string;
  /** ISO times. */
  startedAt: string;
  finishedAt?: string;
}

/** The shape every message map follows. */
export type MessageMap = Record<string, { request: unknown; response: unknown }>;

/** A direction: its channel name and who may send on it. `M` ties it to its message map. */
export interface Direction<M> {
  readonly channel: string;
  /** Whether the sender may use this direction. */
  readonly accepts: (sender: MessageSender) => boolean;
  /** Type-only link to the message map; never set. */
  readonly map?: M;
}

/** Whether a URL is one of this extension's own pages. */
export function isOwnExtensionUrl(url: string | undefined): boolean {
  if (!url) return false;
  return url.startsWith(browser.runtime.getURL('/'));
}

/** A message from this extension's content script in a tab's top frame (the only frame it runs in). */
export function isOwnContentScript(sender: MessageSender): boolean {
  return (
    sender.id === browser.runtime.id &&
    typeof sender.tab?.id === 'number' &&
    sender.tab.id >= 0 &&
    (sender.frameId ?? 0) === 0 &&
    !isOwnExtensionUrl(sender.url)
  );
}

/** A message from one of this extension's own pages (popup, options, background). */
export function isOwnExtensionPage(sender: MessageSender): boolean {
  return sender.id === browser.runtime.id && isOwnExtensionUrl(sender.url);
}

export const contentToBackground: Direction<ContentToBackground> = {
  channel: 'claimlens:content-to-background',
  accepts: isOwnContentScript,
};

export const pageToBackground: Direction<PageToBackground> = {
  channel: 'claimlens:page-to-background',
  accepts: isOwnExtensionPage,
};

export const backgroundToPage: Direction<BackgroundToPage> = {
  channel: 'claimlens:background-to-page',
  accepts: isOwnExtensionPage,
};

export const backgroundToContent: Direction<BackgroundToContent> = {
  channel: 'claimlens:background-to-content',
  // The background's tabs.sendMessage arrives with the extension's own (service worker or page) URL.
  accepts: isOwnExtensionPage,
};

export const pageToContent: Direction<PageToContent> = {
  channel: 'claimlens:page-to-content',
  accepts: isOwnExtensionPage,
};

type RequestOf<M, K extends keyof M> = M[K] extends { request: infer R } ? R : never;
type ResponseOf<M, K extends keyof M> = M[K] extends { response: infer R } ? R : never;

/** Handlers for some or all of a direction's messages. */
export type Handlers<M> = {
  [K in keyof M]?: (data: RequestOf<M, K>, sender: MessageSender) => ResponseOf<M, K> | Promise<ResponseOf<M, K>>;
};

interface Envelope {
  channel: string;
  type: string;
  data: unknown;
}

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as Envelope).channel === 'string' &&
    typeof (message as Envelope).type === 'string'
  );
}

/** Sends a message to the extension's runtime (background and open extension pages). */
export function sendMessage<M, K extends keyof M & string>(
  direction: Direction<M>,
  type: K,
  data: RequestOf<M, K>,
): Promise<ResponseOf<M, K>> {
  const envelope: Envelope = { channel: direction.channel, type, data };
  // Through a promise, so an API that throws synchronously still ends in a rejection callers can catch.
  return Promise.resolve().then(() => browser.runtime.sendMessage(envelope) as Promise<ResponseOf<M, K>>);
}

/** Sends a message to the content script in a tab's top frame. */
export function sendTabMessage<M, K extends keyof M & string>(
  direction: Direction<M>,
  tabId: number,
  type: K,
  data: RequestOf<M, K>,
): Promise<ResponseOf<M, K>> {
  const envelope: Envelope = { channel: direction.channel, type, data };
  return Promise.resolve().then(() => browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }) as Promise<ResponseOf<M, K>>);
}

/**
 * Listens for a direction's messages. Messages on other channels, of unknown types, or from a
 * sender the direction does not accept get no answer from this listener. Returns the unsubscribe
 * function; with `signal`, unsubscribes by itself when the signal aborts.
 */
export function onMessages<M>(direction: Direction<M>, handlers: Handlers<M>, signal?: AbortSignal): () => void {
  // Not `async`: returning a promise claims the response, so messages we ignore must get `undefined`.
  const listener = (message: unknown, sender: MessageSender): Promise<unknown> | undefined => {
    if (!isEnvelope(message) || message.channel !== direction.channel) return undefined;
    if (!direction.accepts(sender)) return undefined;
    const handler = (handlers as Record<string, ((data: unknown, sender: MessageSender) => unknown) | undefined>)[message.type];
    if (!handler) return undefined;
    return Promise.resolve().then(() => handler(message.data, sender));
  };
  browser.runtime.onMessage.addListener(listener as never);
  const unsubscribe = () => browser.runtime.onMessage.removeListener(listener as never);
  signal?.addEventListener('abort', unsubscribe, { once: true });
  return unsubscribe;
}

/** Whether a value has the shape of a `PageAnalysis` (the background checks before storing it). */
export function isPageAnalysis(value: unknown): value is PageAnalysis {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as PageAnalysis;
  if (v.phase !== 'analysing' && v.phase !== 'ready' && v.phase !== 'failed') return false;
  if (typeof v.url !== 'string' || typeof v.reportedAt !== 'string') return false;
  if (v.phase === 'ready') {
    const notes = v.notes;
    return !!notes && Array.isArray(notes.claims) && Array.isArray(notes.links) && typeof notes.stats === 'object';
  }
  return true;
}
