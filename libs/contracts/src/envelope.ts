import { z } from 'zod';

/** What travels through the outbox and the queues: one event, with its type and contract version. */
export const eventEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(/^[a-z_]+\.[a-z_]+$/),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  source: z.string().min(1),
  payload: z.unknown(),
});

export type EventEnvelope<TType extends string = string, TPayload = unknown> = Omit<
  z.infer<typeof eventEnvelopeSchema>,
  'type' | 'payload'
> & { type: TType; payload: TPayload };
