/**
 * Node-only helpers for the link checker: DNS resolution (to refuse names that resolve to private
 * addresses) and the CLI's honest user agent. Never import this from extension code.
 */
import { lookup } from 'node:dns/promises';
import { readFileSync } from 'node:fs';
import type { LinkCheckOptions } from './index';

/** Every address `hostname` resolves to, as the system resolver answers. */
export async function resolveHost(hostname: string): Promise<string[]> {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map((answer) => answer.address);
}

/** "ClaimLens/0.1.0 (+link checker)": who is asking, with no pretence of being a browser. */
export function claimLensUserAgent(): string {
  let version = '0';
  try {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    version = manifest.version ?? version;
  } catch {
    // Bundled somewhere without package.json: the name alone is still honest.
  }
  return `ClaimLens/${version} (+link checker)`;
}

/** The options a Node caller should start from: DNS vetting and the user agent. */
export function nodeLinkCheckOptions(): Pick<LinkCheckOptions, 'resolveHost' | 'userAgent'> {
  return { resolveHost, userAgent: claimLensUserAgent() };
}
