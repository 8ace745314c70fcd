/**
 * `claimlens analyze FILE --factchecks PATH`: loads the ClaimReview fact-checks to match claims
 * against, from an HTML page, a JSON or JSON-LD file, or a folder of them (not recursive into
 * hidden folders), with the same extractor the extension uses on pages the user visits.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { FactCheck } from '../utils/analyze/index';
import { factChecksFromDocument, factChecksFromJson, parseJsonLd } from '../utils/credibility/claimreview';
import { parseHtml } from './dom';
import { InputError } from './errors';

/** Largest single file read (bytes); fact-check pages are far smaller. */
const MAX_FILE_BYTES = 20_000_000;
/** Most files read from one folder. */
const MAX_FILES = 5000;

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const JSON_EXTENSIONS = new Set(['.json', '.jsonld', '.json-ld']);

/** The fact-checks in an HTML page, a JSON(-LD) file, or a folder of them; throws `InputError` with a plain message. */
export async function loadFactChecks(path: string): Promise<FactCheck[]> {
  const info = await stat(path).catch(() => {
    throw new InputError(`--factchecks: cannot read ${path}: no such file or folder.`);
  });
  if (info.isDirectory()) return loadFolder(path);
  const found = await loadFile(path, true);
  return found;
}

async function loadFolder(folder: string): Promise<FactCheck[]> {
  const files = await listFiles(folder);
  if (files.length === 0) throw new InputError(`--factchecks: ${folder} has no .html, .json or .jsonld files.`);
  const seen = new Set<string>();
  const all: FactCheck[] = [];
  for (const file of files) {
    for (const factCheck of await loadFile(file, false)) {
      const key = `${factCheck.url}\n${factCheck.claimReviewed}`;
      if (seen.has(key)) continue;
      seen.add(key);
      all.push(factCheck);
    }
  }
  return all;
}

async function listFiles(folder: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || out.length >= MAX_FILES) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (HTML_EXTENSIONS.has(extname(entry.name).toLowerCase()) || JSON_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
    }
  };
  await walk(folder);
  return out;
}

/**
 * One file's fact-checks. A file named on the command line that is unreadable or of the wrong kind
 * is an error; inside a folder, such files are skipped so one stray file does not stop the run.
 */
async function loadFile(path: string, strict: boolean): Promise<FactCheck[]> {
  let text: string;
  try {
    const info = await stat(path);
    if (info.size > MAX_FILE_BYTES) throw new InputError(`--factchecks: ${basename(path)} is larger than 20 MB.`);
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (!strict) return [];
    if (error instanceof InputError) throw error;
    throw new InputError(`--factchecks: cannot read ${path}.`);
  }
  const extension = extname(path).toLowerCase();
  const looksHtml = HTML_EXTENSIONS.has(extension) || /^\s*(?:<!doctype html|<html|<head|<meta|<script|<!--)/i.test(text);
  if (looksHtml) return factChecksFromDocument(parseHtml(text, pathToFileURL(path).href), undefined);
  const json = parseJsonLd(text);
  if (json === undefined) {
    if (!strict) return [];
    throw new InputError(`--factchecks: ${basename(path)} is neither an HTML page nor JSON.`);
  }
  return factChecksFromJson(json);
}
