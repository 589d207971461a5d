/**
 * `npm run eval:synergies -- <cases.json> [--json <results.json>]`: loads each labelled case
 * into a running system (or one it starts), reads the synergies back and prints a line per case
 * and the set's figures, the last line being `synergy-quality: …`. Failing cases do not fail the
 * run: it is a measure; only a bad file or an unreachable system do.
 */
import { writeFileSync } from 'node:fs';
import {
  formatCaseLine,
  formatSetSummary,
  readSynergyCaseFile,
  scoreSet,
} from '@symbiose/synergy-cases';
import { adminToken } from './admin-token';
import { apiCapabilities, ApiCapabilities } from './api-capabilities';
import { parseCli, USAGE, UsageError } from './cli';
import { CaseResult, evaluate } from './evaluate';
import { graphqlClient } from '@symbiose/gateway-client';
import { reachSystem } from './system-access';

const DIRECTORY_WAIT = { waitMs: 30_000, retryMs: 250 };
const CASE_RETRY_MS = 500;

const log = (message: string) => console.error(`eval-synergies: ${message}`);

function describeCapabilities(capabilities: ApiCapabilities): string {
  if (capabilities.unknownBecause) {
    return `introspection refused (${capabilities.unknownBecause}): facts go in descriptions`;
  }
  const yes = (flag: boolean) => (flag ? 'yes' : 'no');
  return (
    `API takes declaration attributes: ${yes(capabilities.declarationAttributes)}, ` +
    `firm authorisations: ${yes(capabilities.organizationAuthorisations)}, ` +
    `allocated quantities: ${yes(capabilities.allocatedQuantity)}`
  );
}

const caseLine = ({ score, error }: CaseResult) =>
  error ? `${formatCaseLine(score)}; not measured: ${error}` : formatCaseLine(score);

async function main(): Promise<void> {
  const options = parseCli(process.argv.slice(2));
  const file = readSynergyCaseFile(options.file);
  const system = await reachSystem(log);
  try {
    const request = graphqlClient(system.endpoint, await adminToken());
    const capabilities = await apiCapabilities(request);
    const runName = `eval-synergies ${new Date().toISOString()}`;
    log(`${file.cases.length} cases of set "${file.set}" into ${system.endpoint} as "${runName}"`);
    log(describeCapabilities(capabilities));
    const results = await evaluate(
      request,
      file,
      {
        runName,
        capabilities,
        directoryWait: DIRECTORY_WAIT,
        caseWait: { waitMs: options.caseTimeoutMs, retryMs: CASE_RETRY_MS },
      },
      (result) => console.log(caseLine(result)),
    );
    const set = scoreSet(results.map((result) => result.score));
    for (const line of formatSetSummary(set)) console.log(line);
    if (options.json) {
      const cases = results.map(({ score, error }) => ({ ...score, error }));
      writeFileSync(
        options.json,
        `${JSON.stringify({ set: file.set, runName, capabilities, cases, summary: set }, null, 2)}\n`,
      );
      log(`per-case results written to ${options.json}`);
    }
  } finally {
    if (system.startedHere) {
      log('stopping the system it started');
      await system.stop();
    }
  }
}

main().catch((error: unknown) => {
  console.error(`eval-synergies: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof UsageError) console.error(USAGE);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
