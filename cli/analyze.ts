/** `claimlens analyze`: the extension's analyzer run on an HTML file, printed in an export format. */
import { analyzeDocument, type AnalyzeOptions } from '../utils/analyze/index';
import { buildExport } from '../utils/export/index';
import type { PageNotes } from '../utils/types';
import type { AnalyzeArgs, LinkCheckArgs } from './args';
import { readPage } from './input';
import type { CliIo } from './io';

/** Stands for the page address when the HTML came from standard input and says nothing of where it lives. */
export const STDIN_URL = 'file:///dev/stdin';

/** Analyses the page named by `args` and writes it to `io.stdout` in the chosen format. */
export async function runAnalyze(args: AnalyzeArgs, io: CliIo): Promise<void> {
  const page = await analyzeFile(args, io);
  io.stdout.write(buildExport(args.format, page).text);
}

/** The `PageNotes` of the file or standard input named by `args`, links checked when asked. */
export async function analyzeFile(args: AnalyzeArgs, io: CliIo): Promise<PageNotes> {
  const source = await readPage(args.file, io.stdin);
  // happy-dom takes about half a second to load: only once the input has proved to be HTML.
  const { parseHtml } = await import('./dom');
  const fallbackUrl = source.fileUrl ?? STDIN_URL;
  let url = args.url ?? fallbackUrl;
  let doc = parseHtml(source.html, url);
  if (!args.url) {
    const canonical = canonicalUrl(doc);
    // Relative links must resolve against the page's real address, so parse again with it.
    if (canonical) {
      url = canonical;
      doc = parseHtml(source.html, url);
    }
  }

  const options: AnalyzeOptions = { rateDomain: await domainRatings() };
  if (args.factChecks) options.factChecks = await loadFactChecks(args.factChecks);
  let page = analyzeDocument(doc, url, options);
  if (args.checkLinks) page = await checkPageLinks(page, args.checkLinks, io, options);
  return page;
}

/** The page's `<link rel="canonical">` when it is an absolute http(s) URL; a relative one says nothing about a local file. */
export function canonicalUrl(doc: Document): string | null {
  for (const link of doc.querySelectorAll('link[rel][href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rels.includes('canonical')) continue;
    const href = (link.getAttribute('href') ?? '').trim();
    try {
      const url = new URL(href);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    } catch {
      // Not absolute: keep looking, then fall back to the file's address.
    }
  }
  return null;
}

/** The shipped domain ratings (Lin et al. 2023), as the extension uses them; none if the data file is missing. */
async function domainRatings(): Promise<AnalyzeOptions['rateDomain']> {
  const { loadRatingTableFromDisk } = await import('../utils/credibility/load-node');
  const { createRatingLookup } = await import('../utils/credibility/ratings');
  try {
    return createRatingLookup(await loadRatingTableFromDisk());
  } catch (error) {
    // A checkout without the built data file still analyses; links just carry no rating.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Fact-checks from `--factchecks PATH`, through the credibility module's loader (which names a bad path plainly). */
async function loadFactChecks(path: string): Promise<NonNullable<AnalyzeOptions['factChecks']>> {
  const { loadFactChecks: load } = await import('./factchecks');
  return load(path);
}

/** Checks the page's links over the network and refreshes the notes that depend on them. */
async function checkPageLinks(page: PageNotes, limits: LinkCheckArgs, io: CliIo, options: AnalyzeOptions): Promise<PageNotes> {
  // Loaded only with --check-links: a plain analysis must not even load the network code.
  const { checkLinks } = await import('../utils/link-check/index');
  const { nodeLinkCheckOptions } = await import('../utils/link-check/node');
  const { withCheckedLinks } = await import('../utils/analyze/refresh');
  const progress = io.stderrIsTty ? new ProgressLine(io) : null;
  try {
    const links = await checkLinks(page.links, {
      // DNS vetting (a public name may resolve to a private address) and an honest user agent.
      ...nodeLinkCheckOptions(),
      allowPrivate: limits.allowPrivate,
      ...(limits.timeoutMs !== undefined && { timeoutMs: limits.timeoutMs }),
      ...(limits.perHost !== undefined && { perHost: limits.perHost }),
      ...(limits.concurrency !== undefined && { concurrency: limits.concurrency }),
      onProgress: progress ? (done, total) => progress.show(`${done} of ${total} links checked`) : undefined,
    });
    return withCheckedLinks(page, links, options);
  } finally {
    progress?.done();
  }
}

/** A status line redrawn in place on a terminal's standard error. */
class ProgressLine {
  private shown = false;

  constructor(private readonly io: CliIo) {}

  show(text: string): void {
    this.io.stderr.write(`\r\x1b[2K${text}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.io.stderr.write('\r\x1b[2K');
  }
}
