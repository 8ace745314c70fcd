import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

import { afterAll, describe, expect, it } from 'vitest';

import { InputError } from './errors';
import { decodeHtml, MAX_INPUT_BYTES, readPage } from './input';

const scratch = mkdtempSync(join(tmpdir(), 'claimlens-input-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function refusal(bytes: Uint8Array | string): string {
  try {
    decodeHtml(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, 'page.html');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('accepted as HTML');
}

describe('decodeHtml', () => {
  it('accepts HTML pages and fragments', () => {
    expect(decodeHtml(new TextEncoder().encode('<!DOCTYPE html><title>x</title>'), 'a')).toContain('<title>');
    expect(decodeHtml(new TextEncoder().encode('\uFEFF  <p>Hello <a href="/">home</a></p>'), 'a')).toContain('Hello');
  });

  it('decodes a page in the encoding its meta tag declares', () => {
    const latin1 = Uint8Array.from([...new TextEncoder().encode('<meta charset="windows-1252"><p>caf'), 0xe9, ...new TextEncoder().encode('</p>')]);
    expect(decodeHtml(latin1, 'a')).toContain('café');
  });

  it('decodes a UTF-16 page with a byte order mark instead of calling it binary', () => {
    const text = '<p>Überall</p>';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(decodeHtml(bytes, 'a')).toContain('Überall');
  });

  it('says what a non-HTML input is', () => {
    expect(refusal(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toBe('page.html is not an HTML page: it looks like a PDF document');
    expect(refusal(Uint8Array.from([0x3c, 0x70, 0x3e, 0x00]))).toMatch(/NUL bytes/);
    expect(refusal('  [{"url": "https://a.example"}]')).toBe('page.html is not an HTML page: it is JSON');
    expect(refusal('<?xml version="1.0"?><rss><channel><item/></channel></rss>')).toMatch(/XML, not HTML/);
    expect(refusal('a < b and c > d')).toMatch(/plain text with no HTML markup/);
    expect(refusal('')).toMatch(/is empty/);
  });
});

describe('readPage', () => {
  it('reads a file and gives its file:// URL', async () => {
    const path = join(scratch, 'page one.html');
    writeFileSync(path, '<p>One</p>');
    const page = await readPage(path);
    expect(page.html).toBe('<p>One</p>');
    expect(page.fileUrl).toBe(`file://${scratch}/page%20one.html`);
  });

  it('reads standard input for "-"', async () => {
    const page = await readPage('-', Readable.from([Buffer.from('<p>from '), Buffer.from('a pipe</p>')]));
    expect(page).toEqual({ html: '<p>from a pipe</p>', fileUrl: null, label: 'standard input' });
  });

  it('refuses a file or stream over the size limit', async () => {
    const path = join(scratch, 'huge.html');
    writeFileSync(path, Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61));
    await expect(readPage(path)).rejects.toThrow(/too large \(20 MB\); ClaimLens reads pages of up to 20 MB/);
    const chunks = (function* () {
      for (let i = 0; i < 21; i++) yield Buffer.alloc(1_000_000, 0x61);
    })();
    await expect(readPage('-', Readable.from(chunks))).rejects.toThrow(/standard input is too large/);
  });

  it('refuses a folder and a missing file with a plain reason', async () => {
    await expect(readPage(scratch)).rejects.toThrow(/it is a folder/);
    await expect(readPage(join(scratch, 'nope.html'))).rejects.toThrow(/no such file/);
  });
});
