import {
  CONSUMING_SERVICES,
  ConsumingService,
  EVENT_CATALOGUE,
  eventQueueName,
  subscribersOf,
} from './catalogue';

/** How many finished jobs a queue keeps: all or none, the last N, or those younger than `age` s. */
export type KeptJobs = boolean | number | { readonly age: number };

/** How often a job is tried, and how long it waits between tries. */
export interface JobRetry {
  readonly attempts: number;
  readonly backoff: { readonly type: string; readonly delay?: number };
}

/** What every job of a queue is added with (BullMQ's job options). */
export interface QueueJobOptions extends JobRetry {
  readonly removeOnComplete: KeptJobs;
  readonly removeOnFail: KeptJobs;
}

/** Retries the consuming service configures: the variables that set them. */
export interface ConfiguredRetry {
  readonly configuredBy: readonly string[];
}

/**
 * One queue: its name, the service whose worker runs its jobs, the names of those jobs (each
 * must have its handler there), their retries and how long finished jobs are kept.
 */
export interface QueueDefinition<
  R extends JobRetry | ConfiguredRetry = JobRetry | ConfiguredRetry,
> {
  readonly name: string;
  readonly consumer: ConsumingService;
  readonly jobs: readonly string[];
  readonly retry: R;
  readonly keepCompleted: KeptJobs;
  readonly keepFailed: KeptJobs;
}

const A_DAY_S = 24 * 3600;
/** Long enough to see what was handled yesterday, and to replay a job from the dashboard. */
const KEEP_A_DAY = { age: A_DAY_S } as const;
/** A failed job is kept over a week-end, for someone to look at it. */
const KEEP_A_WEEK = { age: 7 * A_DAY_S } as const;

/** How a queue's jobs are tried and kept, whatever the queue is called. */
export type JobSettings<R extends JobRetry | ConfiguredRetry = JobRetry | ConfiguredRetry> = Pick<
  QueueDefinition<R>,
  'retry' | 'keepCompleted' | 'keepFailed'
>;

/** What an event is published with, to each subscriber's queue: tried for about four minutes. */
export const EVENT_JOBS: JobSettings<JobRetry> = {
  retry: { attempts: 8, backoff: { type: 'exponential', delay: 1000 } },
  keepCompleted: KEEP_A_DAY,
  keepFailed: KEEP_A_WEEK,
};

/**
 * A service's inbound events, one job per event, named by its type: every type the contracts
 * subscribe the service to.
 */
export function eventQueue(service: ConsumingService): QueueDefinition<JobRetry> {
  return {
    name: eventQueueName(service),
    consumer: service,
    jobs: Object.keys(EVENT_CATALOGUE).filter((type) => subscribersOf(type).includes(service)),
    ...EVENT_JOBS,
  };
}

/** The queue where a producing service hears which of its events each subscriber recorded. */
export function eventAckQueueName(source: string): string {
  return `${source}-event-acks`;
}

/**
 * What a subscriber acknowledges an event with. One lost with Redis costs one more check and a
 * no-op re-publish, so they are kept briefly.
 */
export const EVENT_ACK_JOBS: JobSettings<JobRetry> = {
  retry: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
  keepCompleted: true,
  keepFailed: KEEP_A_DAY,
};

/** A producing service's acknowledgements, from all its subscribers. */
export function eventAckQueue(source: ConsumingService): QueueDefinition<JobRetry> {
  return {
    name: eventAckQueueName(source),
    consumer: source,
    jobs: ['acknowledged'],
    ...EVENT_ACK_JOBS,
  };
}

/** The synergy engine's zone recomputes. */
export const SYNERGY_RECOMPUTE = {
  name: 'synergy-recompute',
  consumer: 'synergy-engine',
  jobs: ['recompute-zone'],
  retry: { configuredBy: ['SYNERGY_RECOMPUTE_RETRY_FOR_MS'] },
  keepCompleted: 1000,
  keepFailed: 5000,
} as const satisfies QueueDefinition<ConfiguredRetry>;

/** The directory's webhook deliveries, one job per delivery to a partner's endpoint. */
export const WEBHOOK_DELIVERY = {
  name: 'webhook-delivery',
  consumer: 'directory',
  jobs: ['deliver'],
  retry: { configuredBy: ['WEBHOOK_MAX_ATTEMPTS', 'WEBHOOK_BACKOFF_MS'] },
  keepCompleted: KEEP_A_DAY,
  keepFailed: KEEP_A_WEEK,
} as const satisfies QueueDefinition<ConfiguredRetry>;

export const SYNERGY_RECOMPUTE_QUEUE = SYNERGY_RECOMPUTE.name;
export const WEBHOOK_DELIVERY_QUEUE = WEBHOOK_DELIVERY.name;

export type ImportKindName = 'ORGANIZATIONS' | 'DECLARATIONS';

/** The imports of one kind of file, each job one uploaded file (`imports-organizations`). */
export const importQueueName = (kind: ImportKindName): string => `imports-${kind.toLowerCase()}`;

const IMPORTING_SERVICE: Record<ImportKindName, ConsumingService> = {
  ORGANIZATIONS: 'directory',
  DECLARATIONS: 'interviews',
};

/** A service's imports: each try starts after the last committed batch. */
export function importQueue(kind: ImportKindName): QueueDefinition<JobRetry> {
  return {
    name: importQueueName(kind),
    consumer: IMPORTING_SERVICE[kind],
    jobs: ['import'],
    retry: { attempts: 3, backoff: { type: 'exponential', delay: 2000 } },
    keepCompleted: true,
    keepFailed: 1000,
  };
}

/** The services' own work queues, beside the events. */
const WORK_QUEUES: readonly QueueDefinition[] = [
  SYNERGY_RECOMPUTE,
  WEBHOOK_DELIVERY,
  importQueue('ORGANIZATIONS'),
  importQueue('DECLARATIONS'),
];

/**
 * Every BullMQ queue of the system, as the gateway's queue dashboard lists
 * them: each consuming service's inbound event queue, the acknowledgements of
 * the events it produces, then the services' own work queues. A new queue is
 * one more entry in WORK_QUEUES.
 */
export const SYSTEM_QUEUES: readonly string[] = [
  ...CONSUMING_SERVICES.map(eventQueueName),
  ...CONSUMING_SERVICES.map(eventAckQueueName),
  ...WORK_QUEUES.map((queue) => queue.name),
];

/**
 * The queues whose jobs a service runs: its inbound events, the acknowledgements of the events
 * it produces (every service produces some), and its work queues. It refuses to start unless
 * each has one handler.
 */
export function queuesConsumedBy(service: ConsumingService): readonly QueueDefinition[] {
  return [
    eventQueue(service),
    eventAckQueue(service),
    ...WORK_QUEUES.filter((queue) => queue.consumer === service),
  ];
}

/**
 * The name of a single-job work queue's one job, which its producers add every job under; a
 * queue of several jobs has its producer name the job it adds.
 */
export function onlyJobOf<const Jobs extends readonly string[]>(queue: {
  readonly name: string;
  readonly jobs: Jobs;
}): Jobs[number] {
  if (queue.jobs.length !== 1) {
    throw new Error(
      `queue ${queue.name} has ${queue.jobs.length} jobs (${queue.jobs.join(', ')}), not one`,
    );
  }
  return queue.jobs[0];
}

/** The options a producer adds a job with: the queue's retries, or those its service configured. */
export function jobOptionsOf(queue: JobSettings<JobRetry>): QueueJobOptions;
export function jobOptionsOf(queue: JobSettings<ConfiguredRetry>, retry: JobRetry): QueueJobOptions;
export function jobOptionsOf(queue: JobSettings, retry?: JobRetry): QueueJobOptions {
  const { attempts, backoff } = retry ?? fixedRetryOf(queue);
  return {
    attempts,
    backoff,
    removeOnComplete: queue.keepCompleted,
    removeOnFail: queue.keepFailed,
  };
}

function fixedRetryOf(queue: JobSettings): JobRetry {
  if ('attempts' in queue.retry) return queue.retry;
  throw new Error(`retries set by ${queue.retry.configuredBy.join(', ')}, not given`);
}
