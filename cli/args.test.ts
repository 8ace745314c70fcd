import { describe, expect, it } from 'vitest';

import { parseCliArgs } from './args';
import { UsageError } from './errors';

function usageError(argv: string[]): string {
  try {
    parseCliArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

describe('parseCliArgs', () => {
  it('reads analyze with its defaults', () => {
    expect(parseCliArgs(['analyze', 'page.html'])).toEqual({
      command: 'analyze',
      file: 'page.html',
      url: undefined,
      format: 'json',
      checkLinks: undefined,
      factChecks: undefined,
    });
  });

  it('reads every analyze option', () => {
    const args = parseCliArgs([
      'analyze',
      '-',
      '--url',
      'https://news.example/a',
      '--format',
      'annotation',
      '--check-links',
      '--allow-private',
      '--timeout-ms',
      '5000',
      '--per-host',
      '1',
      '--concurrency=4',
      '--factchecks',
      'checks/',
    ]);
    expect(args).toEqual({
      command: 'analyze',
      file: '-',
      url: 'https://news.example/a',
      format: 'annotation',
      checkLinks: { allowPrivate: true, timeoutMs: 5000, perHost: 1, concurrency: 4 },
      factChecks: 'checks/',
    });
  });

  it('refuses link-check limits that are not positive whole numbers', () => {
    expect(usageError(['analyze', 'a.html', '--check-links', '--per-host', '0'])).toMatch(/--per-host must be a positive whole number/);
    expect(usageError(['analyze', 'a.html', '--check-links', '--timeout-ms', '1.5'])).toMatch(/--timeout-ms must be a positive whole number/);
    expect(usageError(['analyze', 'a.html', '--check-links', '--concurrency', 'many'])).toMatch(/--concurrency/);
  });

  it('refuses link-check options without --check-links instead of ignoring them', () => {
    expect(usageError(['analyze', 'a.html', '--allow-private'])).toBe('--allow-private only makes sense with --check-links');
  });

  it('refuses unknown commands, options and formats, and a relative --url', () => {
    expect(usageError([])).toBe('no command given');
    expect(usageError(['scan'])).toBe('unknown command "scan"');
    expect(usageError(['analyze', 'a.html', '--verbose'])).toBe("unknown option '--verbose'");
    expect(usageError(['analyze', 'a.html', '--format', 'xml'])).toMatch(/--format must be one of json, md, csv, annotation/);
    expect(usageError(['analyze', 'a.html', '--url', 'news/story'])).toMatch(/--url must be an absolute URL/);
    expect(usageError(['analyze', 'a.html', 'b.html'])).toMatch(/one FILE, got 2/);
    expect(usageError(['classify', 'sentences.txt'])).toMatch(/reads sentences from standard input/);
  });

  it('reads help and version requests', () => {
    expect(parseCliArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['help', 'classify'])).toEqual({ command: 'help', topic: 'classify' });
    expect(parseCliArgs(['analyze', '-h'])).toEqual({ command: 'help', topic: 'analyze' });
    expect(parseCliArgs(['--version'])).toEqual({ command: 'version' });
  });
});
