import { CaseScore, scoreCase, SynergyCaseFile } from '@symbiose/synergy-cases';
import { ApiCapabilities } from './api-capabilities';
import { Request, Wait } from '@symbiose/gateway-client';
import { loadCase } from './load-case';
import { readSynergies } from './read-synergies';
import { waitForEngine } from './wait-for-engine';

export interface EvaluationOptions {
  /** Names the territories of the run. */
  runName: string;
  capabilities: ApiCapabilities;
  /** How long the services may take to learn of an organization, then to recompute a case. */
  directoryWait: Wait;
  caseWait: Wait;
}

export interface CaseResult {
  score: CaseScore;
  /** Why the case could not be measured (then scored on nothing proposed). */
  error: string | null;
}

/** Whether an error is the system's being out of reach, which ends the run rather than a case. */
const unreachable = (error: unknown) =>
  error instanceof Error && / cannot reach /.test(error.message);

async function evaluateCase(
  request: Request,
  c: SynergyCaseFile['cases'][number],
  options: EvaluationOptions,
): Promise<CaseResult> {
  const gaps: string[] = [];
  try {
    const loaded = await loadCase(
      request,
      c,
      options.runName,
      options.capabilities,
      options.directoryWait,
    );
    gaps.push(...loaded.apiGaps);
    await waitForEngine(request, loaded, c.id, options.caseWait);
    const proposed = await readSynergies(request, loaded, options.capabilities.allocatedQuantity);
    return { score: scoreCase(c, { ...proposed, apiGaps: gaps }), error: null };
  } catch (error) {
    if (unreachable(error)) throw error;
    return {
      score: scoreCase(c, { b2b: [], collective: [], apiGaps: gaps }),
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

/** Loads, waits for and scores each case in turn, reporting each as soon as it is scored. */
export async function evaluate(
  request: Request,
  file: SynergyCaseFile,
  options: EvaluationOptions,
  report: (result: CaseResult) => void,
): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of file.cases) {
    const result = await evaluateCase(request, c, options);
    report(result);
    results.push(result);
  }
  return results;
}
