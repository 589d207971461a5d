import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { synergyCaseFileSchema, SynergyCaseFile } from './synergy-case.schema';

const BUNDLED_SET = path.join('libs', 'synergy-cases', 'src', 'data', 'public.json');

/**
 * The workspace copy of the public set, found from wherever this file runs: its sources, Jest,
 * or a tool's build under dist/ (which does not copy the JSON), by walking up to the workspace.
 */
function bundledSetPath(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, BUNDLED_SET);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return path.join(__dirname, 'data', 'public.json');
  }
}

export const PUBLIC_SYNERGY_CASES_PATH = bundledSetPath(__dirname);

/** A labelled file that does not follow the format; the message names the case and the field. */
export class SynergyCaseFileError extends Error {
  override name = 'SynergyCaseFileError';
}

function fieldPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

/** "case P17-copper…, declarations[2].unit" for an issue inside a case; the path otherwise. */
function whereIs(issue: z.core.$ZodIssue, raw: unknown): string {
  const [root, index, ...inside] = issue.path;
  if (root !== 'cases' || typeof index !== 'number') return fieldPath(issue.path) || 'file';
  const cases = (raw as { cases?: unknown[] }).cases ?? [];
  const id = (cases[index] as { id?: unknown } | undefined)?.id;
  const name = typeof id === 'string' ? `case ${id}` : `cases[${index}]`;
  return inside.length > 0 ? `${name}, ${fieldPath(inside)}` : name;
}

/** Parses a labelled set already read; throws a SynergyCaseFileError on a bad one. */
export function parseSynergyCaseFile(raw: unknown, source = 'synergy cases'): SynergyCaseFile {
  const parsed = synergyCaseFileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${whereIs(issue, raw)}: ${issue.message}`);
  throw new SynergyCaseFileError(`${source}: ${problems.join('; ')}`);
}

/** Reads and validates a file of the `symbiose-synergy-cases/1` format. */
export function readSynergyCaseFile(file: string): SynergyCaseFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SynergyCaseFileError(
      `${file}: cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return parseSynergyCaseFile(raw, file);
}
