/**
 * Loads the Cahors Sud demo data, its interview campaign, the zone assessments and the
 * LOT'EC programme's workshops and actions into a running system:
 * `GATEWAY_URL=http://localhost:4000 node tools/run-service.js tools/demo`.
 */
import { loadDemoData, LoadSummary } from './load-demo-data';

const DEFAULT_GATEWAY_URL = 'http://localhost:4000';

function gatewayUrl(): string {
  const value = process.env['GATEWAY_URL'] || DEFAULT_GATEWAY_URL;
  const protocol = URL.canParse(value) ? new URL(value).protocol : null;
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new Error(`GATEWAY_URL must be an http(s) URL, got "${value}"`);
  }
  return value;
}

function summarize({ created, existing, repaired }: LoadSummary): string {
  const line =
    `created ${created.territories} territory, ${created.zones} zones, ` +
    `${created.organizations} organizations, ${created.contacts} contacts, ` +
    `${created.interviews} interviews, ${created.declarations} declarations, ` +
    `${created.assessments} zone assessments, ${created.zoneChoices} zone choice, ` +
    `${created.workshops} workshops, ${created.actions} actions; ` +
    `already there: ${existing.territories} territory, ${existing.zones} zones, ` +
    `${existing.organizations} organizations, ${existing.contacts} contacts, ` +
    `${existing.interviews} interviews (${existing.declarations} declarations), ` +
    `${existing.assessments} zone assessments, ${existing.zoneChoices} zone choice, ` +
    `${existing.workshops} workshops, ${existing.actions} actions`;
  if (repaired.interviewsCancelled === 0 && repaired.declarationsWithdrawn === 0) return line;
  return (
    `${line}; left open by an interrupted run: ${repaired.interviewsCancelled} interviews ` +
    `cancelled and held again, ${repaired.declarationsWithdrawn} declarations withdrawn`
  );
}

async function main(): Promise<void> {
  const url = gatewayUrl();
  const summary = await loadDemoData(url, (message) => console.error(`demo-data: ${message}`));
  console.log(`demo-data: loaded into ${url}: ${summarize(summary)}`);
}

main().catch((error: unknown) => {
  console.error(`demo-data: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
