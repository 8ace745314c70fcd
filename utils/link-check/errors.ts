/**
 * What a failed fetch means for the reader. Node (undici) explains itself through `error.cause.code`;
 * browsers throw a bare `TypeError` that hides whether DNS, the connection or a certificate failed.
 */
import type { LinkStatus } from '../types';

/** A fetch failure put in the reader's words, with whether asking again could help. */
export interface FetchFailure {
  status: LinkStatus;
  reason: string;
  retryable: boolean;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_NONAME', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED']);
const SLOW_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const NO_ROUTE_CODES = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN']);

/** "15 s", "300 ms": how long we waited, said plainly. */
export function describeDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

/** The error code Node attached, looking through `cause` and `AggregateError.errors`. */
export function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const record = current as { code?: unknown; cause?: unknown; errors?: unknown[] };
    if (typeof record.code === 'string') return record.code;
    if (Array.isArray(record.errors) && record.errors.length > 0) {
      const inner = errorCode(record.errors[0]);
      if (inner) return inner;
    }
    current = record.cause;
  }
  return undefined;
}

function errorMessages(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    if (current instanceof Error || (typeof current === 'object' && current !== null && 'message' in current)) {
      parts.push(String((current as { message: unknown }).message));
    }
    current = (current as { cause?: unknown }).cause;
  }
  return parts.join(' / ');
}

/** True when the error is `AbortSignal.timeout` firing. */
export function isTimeoutError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'TimeoutError';
}

/** Classifies a rejected fetch (not an abort the caller asked for). */
export function classifyFetchError(error: unknown, timeoutMs: number, hostname: string): FetchFailure {
  if (isTimeoutError(error)) {
    return { status: 'unreachable', reason: `no answer in ${describeDuration(timeoutMs)}`, retryable: true };
  }
  const code = errorCode(error);
  if (code) {
    if (DNS_CODES.has(code)) {
      // EAI_AGAIN is the resolver not answering (often: no network), so say so rather than "no address".
      const why = code === 'EAI_AGAIN' ? `no answer from the resolver for ${hostname}` : `${hostname} has no address`;
      return { status: 'broken', reason: `DNS lookup failed: ${why}`, retryable: false };
    }
    if (code === 'ECONNREFUSED') return { status: 'unreachable', reason: 'connection refused', retryable: false };
    if (RESET_CODES.has(code)) return { status: 'unreachable', reason: 'connection reset by the server', retryable: true };
    if (SLOW_CODES.has(code)) return { status: 'unreachable', reason: 'connection timed out', retryable: true };
    if (NO_ROUTE_CODES.has(code)) return { status: 'unreachable', reason: 'no route to the server', retryable: false };
    if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) {
      return { status: 'unreachable', reason: `secure connection failed (${code})`, retryable: false };
    }
    return { status: 'unreachable', reason: `connection failed (${code})`, retryable: false };
  }
  const messages = errorMessages(error);
  if (/bad port/i.test(messages)) {
    return { status: 'broken', reason: 'uses a port that browsers refuse to open', retryable: false };
  }
  if (error instanceof TypeError) {
    // The browser's "Failed to fetch" / "NetworkError": DNS, refusal, reset and certificate errors
    // all look alike, so we claim no more than that the server could not be reached, and retry
    // in case it was a passing reset.
    return { status: 'unreachable', reason: 'could not connect (the browser does not say why)', retryable: true };
  }
  return { status: 'inconclusive', reason: `check failed: ${messages || String(error)}`, retryable: false };
}
