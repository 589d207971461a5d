import { AccessPolicy } from '@symbiose/platform';
import { ASSESSMENT_ACCESS } from './assessment/assessment.access-policy';
import { AUDIT_ACCESS } from './audit/audit.access-policy';
import { CORE_ACCESS } from './core/core.access-policy';
import { PARTNERS_ACCESS } from './partners/partners.access-policy';

/** The rooms' policies as one; an entry in two rooms would let one silently replace the other. */
function ofRooms(...policies: AccessPolicy[]): AccessPolicy {
  const entries = policies.flatMap((policy) => Object.entries(policy));
  const named = new Set<string>();
  for (const [operation] of entries) {
    if (named.has(operation)) throw new Error(`${operation} has an access rule in two rooms`);
    named.add(operation);
  }
  return Object.fromEntries(entries);
}

/** Who may call what in the directory (see AccessPolicy), room by room. */
export const DIRECTORY_ACCESS: AccessPolicy = ofRooms(
  CORE_ACCESS,
  ASSESSMENT_ACCESS,
  PARTNERS_ACCESS,
  AUDIT_ACCESS,
);
