// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classifyFetchError } from './errors';

/** The shape of undici's rejection: a TypeError whose cause carries the system error code. */
function nodeFetchError(code: string): TypeError {
  const cause = Object.assign(new Error(`connect ${code}`), { code });
  return new TypeError('fetch failed', { cause });
}

describe('classifyFetchError', () => {
  it('calls a DNS failure broken and does not retry it', () => {
    for (const code of ['ENOTFOUND', 'EAI_AGAIN']) {
      const failure = classifyFetchError(nodeFetchError(code), 15000, 'gone.example');
      expect(failure).toMatchObject({ status: 'broken', retryable: false });
      expect(failure.reason).toContain('DNS lookup failed');
    }
  });

  it('calls refused and reset connections unreachable, retrying only the reset', () => {
    expect(classifyFetchError(nodeFetchError('ECONNREFUSED'), 15000, 'h')).toMatchObject({
      status: 'unreachable',
      retryable: false,
    });
    expect(classifyFetchError(nodeFetchError('ECONNRESET'), 15000, 'h')).toMatchObject({
      status: 'unreachable',
      retryable: true,
    });
    expect(classifyFetchError(nodeFetchError('UND_ERR_SOCKET'), 15000, 'h').status).toBe('unreachable');
  });

  it('finds the code inside an AggregateError (Node tries IPv4 and IPv6)', () => {
    const cause = new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })], 'all failed');
    expect(classifyFetchError(new TypeError('fetch failed', { cause }), 15000, 'h').reason).toBe('connection refused');
  });

  it('says how long it waited on a timeout', () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(classifyFetchError(timeout, 15000, 'h')).toMatchObject({
      status: 'unreachable',
      reason: 'no answer in 15 s',
      retryable: true,
    });
  });

  it('does not pretend to know why a browser fetch failed', () => {
    const failure = classifyFetchError(new TypeError('Failed to fetch'), 15000, 'h');
    expect(failure.status).toBe('unreachable');
    expect(failure.reason).toMatch(/does not say why/);
  });

  it('calls a certificate problem unreachable without retrying', () => {
    expect(classifyFetchError(nodeFetchError('CERT_HAS_EXPIRED'), 15000, 'h')).toMatchObject({
      status: 'unreachable',
      retryable: false,
    });
  });
});
