/** Reading the page the user gave the CLI, and refusing what is not an HTML page, with a message that says why. */
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { InputError } from './errors';

/** Larger inputs are refused: no news page is this big, and happy-dom would need gigabytes for it. */
export const MAX_INPUT_BYTES = 20_000_000;

export interface PageSource {
  html: string;
  /** `file://` URL of the file, or null for standard input. */
  fileUrl: string | null;
  /** How to name the input in messages. */
  label: string;
}

/** Reads `file` (or standard input for `-`) as an HTML page; throws `InputError` when it cannot or it is not HTML. */
export async function readPage(file: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<PageSource> {
  const fromStdin = file === '-';
  const label = fromStdin ? 'standard input' : file;
  const bytes = fromStdin ? await readStream(stdin, label) : await readFileLimited(file);
  const html = decodeHtml(bytes, label);
  return { html, fileUrl: fromStdin ? null : pathToFileURL(resolve(file)).href, label };
}

async function readFileLimited(file: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${describeFsError(error)}`);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError(`cannot read ${file}: it is a folder, not an HTML file`);
    if (info.isFile() && info.size > MAX_INPUT_BYTES) throw tooLarge(file, info.size);
    // Pipes and devices have no size: read them like standard input, with the same limit.
    if (!info.isFile()) return await readStream(handle.createReadStream(), file);
    return await handle.readFile();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${file}: ${describeFsError(error)}`);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function readStream(stream: NodeJS.ReadableStream, label: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size > MAX_INPUT_BYTES) throw tooLarge(label, size, true);
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${label}: ${describeFsError(error)}`);
  }
  return Buffer.concat(chunks);
}

function tooLarge(label: string, size: number, atLeast = false): InputError {
  const mb = (n: number) => `${Math.floor(n / 100_000) / 10} MB`;
  return new InputError(`${label} is too large (${atLeast ? 'over ' : ''}${mb(size)}); ClaimLens reads pages of up to ${mb(MAX_INPUT_BYTES)}`);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not an HTML file';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

/** Elements that say "this is an HTML page"; XML feeds, SVG images and text files have none of them. */
const HTML_TAG = /<(?:!doctype\s+html|html|head|body|title|meta|p|div|span|a|article|main|section|h[1-6]|ul|ol|li|table|img|br|header|footer|nav)[\s>/]/i;

/**
 * Decodes the bytes of a page and checks that they are HTML; throws `InputError` saying what they
 * look like instead (binary data, JSON, plain text, an XML feed).
 */
export function decodeHtml(bytes: Uint8Array, label: string): string {
  if (bytes.length === 0) throw new InputError(`${label} is empty, not an HTML page`);
  const head = bytes.subarray(0, 64 * 1024);
  const binary = looksBinary(head);
  if (binary) throw new InputError(`${label} is not an HTML page: it looks like ${binary}`);

  const text = new TextDecoder(sniffCharset(bytes), { fatal: false }).decode(bytes);
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && isJson(trimmed)) {
    throw new InputError(`${label} is not an HTML page: it is JSON`);
  }
  if (!HTML_TAG.test(text.slice(0, 1024 * 1024))) {
    const what = /^<\?xml|^<(rss|feed|svg)\b/i.test(trimmed) ? 'XML, not HTML' : 'plain text with no HTML markup';
    throw new InputError(`${label} is not an HTML page: it is ${what}`);
  }
  return text;
}

/** What binary data the bytes look like, or null for text. A NUL byte never occurs in an HTML page. */
function looksBinary(head: Uint8Array): string | null {
  const magic: [string, number[]][] = [
    ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
    ['a JPEG image', [0xff, 0xd8, 0xff]],
    ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
    ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
    ['a gzip archive', [0x1f, 0x8b]],
  ];
  for (const [name, signature] of magic) {
    if (signature.every((byte, i) => head[i] === byte)) return name;
  }
  // UTF-16 pages start with a byte order mark and are full of NULs: decode those instead of refusing them.
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) return 'binary data (it contains NUL bytes)';
  return null;
}

/** The encoding from a byte order mark or an early `<meta charset>`; UTF-8 otherwise (as browsers do for files). */
function sniffCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const prefix = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(prefix)?.[1]?.toLowerCase();
  if (!declared) return 'utf-8';
  try {
    const encoding = new TextDecoder(declared).encoding;
    // A UTF-16 declaration without a byte order mark is a lie the HTML spec resolves as UTF-8.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return 'utf-8';
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
