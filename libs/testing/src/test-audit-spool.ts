import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The audit spool of a suite's services (AUDIT_SPOOL_DIR), named after its queue prefix: another
 * suite's services never replay it into their own database.
 */
export function auditSpoolOf(queuePrefix: string): string {
  return join(tmpdir(), `symbiose-audit-spool-${queuePrefix}`);
}

export async function removeAuditSpool(queuePrefix: string): Promise<void> {
  await rm(auditSpoolOf(queuePrefix), { recursive: true, force: true });
}
