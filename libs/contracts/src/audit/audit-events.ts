import { z } from 'zod';

/** The outcome of a mutation that did what it was asked. */
export const AUDIT_SUCCESS = 'SUCCESS';

/** One mutation a service received: who asked, what, on which entity, and how it ended. */
export const auditRecordedV1 = z.object({
  /** The service that received it. */
  service: z.string().min(1),
  subject: z.string().min(1),
  roles: z.array(z.string()),
  /** The mutation field: `changeSynergyStatus`. */
  operation: z.string().min(1),
  /** The client's name for its whole operation, when it gave one. */
  operationName: z.string().nullable(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  /** SUCCESS, or the code of the error it ended with (BAD_USER_INPUT, FORBIDDEN …). */
  outcome: z.string().min(1),
  requestId: z.string().nullable(),
  at: z.iso.datetime(),
});

export type AuditRecordedV1 = z.infer<typeof auditRecordedV1>;
