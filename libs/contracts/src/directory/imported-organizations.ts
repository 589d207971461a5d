import { createHash } from 'node:crypto';
import { EventOf } from '../catalogue';
import { ImportedChangeType } from './organization-events';

/**
 * The id of the single event a change of a batch stands for: the same for every reader of that
 * batch (a webhook's delivery, a replica's read-through), so a redelivered batch names its
 * changes as it did the first time. An RFC 9562 name-based (version 5) UUID of the batch's id and
 * the change's rank in it.
 */
export function importedChangeId(batchId: string, rank: number): string {
  const hash = createHash('sha1').update(`${batchId}:${rank}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * An `organization.imported` event as the single events its changes stand for, in order. An
 * organization changed twice in the batch has its later change a millisecond after the earlier
 * one, as two events of one transaction would be: consumers keep the latest snapshot by the time
 * of its event, and end with the last.
 */
export function singleOrganizationEvents(
  batch: EventOf<'organization.imported'>,
): EventOf<ImportedChangeType>[] {
  const occurredAt = Date.parse(batch.occurredAt);
  const seen = new Map<string, number>();
  return batch.payload.changes.map((change, index) => {
    const { organizationId } = change.organization;
    const rank = seen.get(organizationId) ?? 0;
    seen.set(organizationId, rank + 1);
    return {
      id: importedChangeId(batch.id, index),
      type: change.type,
      version: 1,
      occurredAt: new Date(occurredAt + rank).toISOString(),
      source: batch.source,
      payload: change.organization,
    };
  });
}
