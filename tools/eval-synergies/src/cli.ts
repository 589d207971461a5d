import path from 'node:path';
import { parseArgs } from 'node:util';

export const USAGE =
  'usage: npm run eval:synergies -- <cases.json> [--json <results.json>] [--timeout <seconds per case>]';

const DEFAULT_TIMEOUT_S = 120;

export interface CliOptions {
  file: string;
  json: string | null;
  caseTimeoutMs: number;
}

/** A command line the tool cannot run; the message says why. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseCli(args: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'string' },
        timeout: { type: 'string', default: String(DEFAULT_TIMEOUT_S) },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) throw new UsageError('give exactly one file of cases');
  const timeout = Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) {
    throw new UsageError(
      `--timeout: must be a positive number of seconds, got "${values.timeout}"`,
    );
  }
  // npm runs scripts from the workspace; a path is the user's, relative to where npm was run.
  const from = process.env['INIT_CWD'] || process.cwd();
  return {
    file: path.resolve(from, positionals[0]),
    json: values.json ? path.resolve(from, values.json) : null,
    caseTimeoutMs: timeout * 1000,
  };
}
