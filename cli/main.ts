/** The `claimlens` command: dispatches to a subcommand and turns user mistakes into messages and exit codes. */
import { ANALYZE_USAGE, CLASSIFY_USAGE, parseCliArgs, USAGE } from './args';
import { isUserError, UsageError } from './errors';
import { processIo, type CliIo } from './io';

/** Runs the CLI with `argv` (arguments after the script) and returns the exit code; never throws for a user mistake. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    switch (args.command) {
      case 'help':
        io.stdout.write(`${args.topic === 'analyze' ? ANALYZE_USAGE : args.topic === 'classify' ? CLASSIFY_USAGE : USAGE}\n`);
        return 0;
      case 'version':
        io.stdout.write(`${await version()}\n`);
        return 0;
      case 'classify': {
        const { runClassify } = await import('./classify');
        await runClassify(io);
        return 0;
      }
      case 'analyze': {
        // Loaded on demand: happy-dom and the analyzer are the slow part of start-up, and classify needs neither.
        const { runAnalyze } = await import('./analyze');
        await runAnalyze(args, io);
        return 0;
      }
    }
  } catch (error) {
    if (isUserError(error)) {
      io.stderr.write(`claimlens: ${error.message}\n`);
      if (error instanceof UsageError) io.stderr.write(`\n${usageFor(argv[0])}\n`);
      return error.exitCode;
    }
    if (isBrokenPipe(error)) return 0;
    // A bug, not a user mistake: the stack trace is what a bug report needs.
    io.stderr.write(`claimlens: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 70;
  }
}

function usageFor(command: string | undefined): string {
  if (command === 'analyze') return ANALYZE_USAGE;
  if (command === 'classify') return CLASSIFY_USAGE;
  return USAGE;
}

/** A reader that went away (`claimlens … | head`) is not an error. */
export function isBrokenPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}

async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return `claimlens ${pkg.version}`;
}
