import { AccessPolicy, adminOnly } from '@symbiose/platform';

/** Who may read the audit log (see AccessPolicy): admins only. */
export const AUDIT_ACCESS: AccessPolicy = {
  'Query.auditLog': adminOnly,
};
