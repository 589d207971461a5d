import { CONSUMING_SERVICES, eventQueueName } from './catalogue';

/** The synergy engine's zone recomputes. */
export const SYNERGY_RECOMPUTE_QUEUE = 'synergy-recompute';

/** The directory's webhook deliveries, one job per delivery to a partner's endpoint. */
export const WEBHOOK_DELIVERY_QUEUE = 'webhook-delivery';

/** The imports of one kind of file, each job one uploaded file (`imports-organizations`). */
export const importQueueName = (kind: 'ORGANIZATIONS' | 'DECLARATIONS'): string =>
  `imports-${kind.toLowerCase()}`;

/**
 * Every BullMQ queue of the system, as the gateway's queue dashboard lists
 * them: each consuming service's inbound event queue, then the services' own
 * work queues. A new queue is one more line here.
 */
export const SYSTEM_QUEUES: readonly string[] = [
  ...CONSUMING_SERVICES.map(eventQueueName),
  SYNERGY_RECOMPUTE_QUEUE,
  WEBHOOK_DELIVERY_QUEUE,
  importQueueName('ORGANIZATIONS'),
  importQueueName('DECLARATIONS'),
];
