/** The command line of `claimlens`: parsing and validating arguments, and the help texts. */
import { parseArgs } from 'node:util';

import { UsageError } from './errors';

export const EXPORT_FORMATS = ['json', 'md', 'csv', 'annotation'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface LinkCheckArgs {
  allowPrivate: boolean;
  timeoutMs?: number;
  perHost?: number;
  concurrency?: number;
}

export interface AnalyzeArgs {
  command: 'analyze';
  /** A path, or `-` for standard input. */
  file: string;
  url?: string;
  format: ExportFormat;
  /** Present when `--check-links` was given. */
  checkLinks?: LinkCheckArgs;
  factChecks?: string;
}

export type CliArgs =
  | AnalyzeArgs
  | { command: 'classify' }
  | { command: 'help'; topic?: 'analyze' | 'classify' }
  | { command: 'version' };

export const USAGE = `Usage: claimlens <command> [options]

Commands:
  analyze FILE|-   Analyse an HTML page: its claims, their notes, and its links
  classify         Score sentences from standard input, one a line (JSON lines out)

Options:
  -h, --help       Show help (also: claimlens help analyze)
  -v, --version    Show the version

Run "claimlens analyze --help" for the options of analyze.`;

export const ANALYZE_USAGE = `Usage: claimlens analyze FILE|- [options]

Analyses an HTML file (or standard input, "-") with the same analyzer as the extension
and prints its claims, notes and links. Page scripts never run; nothing is fetched
unless --check-links is given.

Options:
  --url URL             The page's address, for resolving relative links
                        (default: the page's <link rel="canonical">, else file://PATH)
  --format FORMAT       json (PageNotes, default), md (Markdown report),
                        csv (one row per note), annotation (W3C Web Annotation JSON-LD)
  --check-links         Check every http(s) link over the network (politely)
    --allow-private     Also check loopback, private and local addresses
    --timeout-ms N      Timeout per request in milliseconds (default 15000)
    --per-host N        Requests at once to one host (default 2)
    --concurrency N     Requests at once in all (default 6)
  --factchecks PATH     ClaimReview fact-checks to match claims against
                        (an HTML page, a JSON/JSON-LD file, or a folder of them)
  -h, --help            Show this help

Exit codes: 0 done, 1 unreadable or non-HTML input, 2 bad arguments.`;

export const CLASSIFY_USAGE = `Usage: claimlens classify < sentences.txt

Reads sentences from standard input, one a line, and prints one JSON object a line,
in the same order: {"score": 0..1, "claim": true|false, "kinds": [...]}.

Options:
  -h, --help   Show this help`;

/** Parses `argv` (without `node` and the script) into a command; throws `UsageError` on anything wrong. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      throw new UsageError('no command given');
    case '-h':
    case '--help':
      return { command: 'help' };
    case 'help':
      return { command: 'help', topic: helpTopic(rest[0]) };
    case '-v':
    case '--version':
      return { command: 'version' };
    case 'analyze':
      return parseAnalyze(rest);
    case 'classify':
      return parseClassify(rest);
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function helpTopic(topic: string | undefined): 'analyze' | 'classify' | undefined {
  if (topic === undefined) return undefined;
  if (topic === 'analyze' || topic === 'classify') return topic;
  throw new UsageError(`no help for "${topic}"`);
}

function parseAnalyze(argv: readonly string[]): CliArgs {
  const { values, positionals } = parseStrict(argv, {
    url: { type: 'string' },
    format: { type: 'string' },
    'check-links': { type: 'boolean' },
    'allow-private': { type: 'boolean' },
    'timeout-ms': { type: 'string' },
    'per-host': { type: 'string' },
    concurrency: { type: 'string' },
    factchecks: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { command: 'help', topic: 'analyze' };

  if (positionals.length === 0) throw new UsageError('analyze needs a FILE (or "-" for standard input)');
  if (positionals.length > 1) throw new UsageError(`analyze takes one FILE, got ${positionals.length}: ${positionals.join(' ')}`);

  const format = (values.format ?? 'json') as string;
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${format}"`);
  }

  if (values.url !== undefined && !isAbsoluteUrl(values.url)) {
    throw new UsageError(`--url must be an absolute URL such as https://example.com/story, not "${values.url}"`);
  }
  if (values.factchecks !== undefined && values.factchecks.trim() === '') {
    throw new UsageError('--factchecks needs a PATH');
  }

  const linkOptions = {
    allowPrivate: values['allow-private'] === true,
    timeoutMs: positiveInteger('--timeout-ms', values['timeout-ms']),
    perHost: positiveInteger('--per-host', values['per-host']),
    concurrency: positiveInteger('--concurrency', values.concurrency),
  };
  if (!values['check-links']) {
    // Link options without --check-links would silently do nothing; say so instead.
    const stray = ['allow-private', 'timeout-ms', 'per-host', 'concurrency'].find((name) => values[name as keyof typeof values] !== undefined);
    if (stray) throw new UsageError(`--${stray} only makes sense with --check-links`);
  }

  return {
    command: 'analyze',
    file: positionals[0],
    url: values.url,
    format: format as ExportFormat,
    checkLinks: values['check-links'] ? linkOptions : undefined,
    factChecks: values.factchecks,
  };
}

function parseClassify(argv: readonly string[]): CliArgs {
  const { values, positionals } = parseStrict(argv, { help: { type: 'boolean', short: 'h' } });
  if (values.help) return { command: 'help', topic: 'classify' };
  if (positionals.length > 0) {
    throw new UsageError(`classify reads sentences from standard input and takes no arguments (got "${positionals[0]}")`);
  }
  return { command: 'classify' };
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

/** `util.parseArgs` with its errors turned into usage errors that read well. */
function parseStrict<T extends OptionSpec>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const ambiguous = /^Option '(--[\w-]+)/.exec(message);
    if (ambiguous && message.includes('ambiguous')) {
      throw new UsageError(`${ambiguous[1]} needs a value (write ${ambiguous[1]}=VALUE for a value that starts with "-")`);
    }
    // Node's messages carry advice for script authors ("To specify a positional argument…"); keep the first sentence.
    const first = message.split(/\.(?:\s|$)/)[0];
    throw new UsageError(first.charAt(0).toLowerCase() + first.slice(1));
  }
}

function positiveInteger(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1 || !Number.isSafeInteger(Number(raw))) {
    throw new UsageError(`${flag} must be a positive whole number, not "${raw}"`);
  }
  return Number(raw);
}

function isAbsoluteUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'file:';
  } catch {
    return false;
  }
}
