import {
  EVENT_JOBS,
  eventQueue,
  importQueue,
  jobOptionsOf,
  onlyJobOf,
  queuesConsumedBy,
  SYNERGY_RECOMPUTE,
  SYSTEM_QUEUES,
  WEBHOOK_DELIVERY,
} from './queues';

describe('the job catalogue', () => {
  it('gives an event a day kept done, a week kept failed, and 8 tries from 1 s', () => {
    expect(jobOptionsOf(EVENT_JOBS)).toEqual({
      attempts: 8,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { age: 86_400 },
      removeOnFail: { age: 604_800 },
    });
  });

  it('names each job of a service event queue by the types the contracts send it', () => {
    expect(eventQueue('interviews').jobs).toEqual([
      'organization.registered',
      'organization.updated',
      'organization.archived',
      'organization.imported',
      'zone.created',
      'zone.updated',
    ]);
  });

  it("names a single-job queue's job, and refuses to pick one of several", () => {
    expect(onlyJobOf(SYNERGY_RECOMPUTE)).toBe('recompute-zone');
    expect(onlyJobOf(WEBHOOK_DELIVERY)).toBe('deliver');
    expect(onlyJobOf(importQueue('ORGANIZATIONS'))).toBe('import');
    expect(() => onlyJobOf(eventQueue('workshops'))).toThrow(
      /^queue workshops-events has \d+ jobs \(organization\.registered, .*\), not one$/,
    );
  });

  it('takes configured retries where the service sets them', () => {
    const retry = { attempts: 4, backoff: { type: 'exponential', delay: 500 } };
    expect(jobOptionsOf(WEBHOOK_DELIVERY, retry)).toEqual({
      ...retry,
      removeOnComplete: { age: 86_400 },
      removeOnFail: { age: 604_800 },
    });
  });

  it('lists, for each service, its events, their acknowledgements and its work queues', () => {
    expect(queuesConsumedBy('synergy-engine').map((queue) => queue.name)).toEqual([
      'synergy-engine-events',
      'synergy-engine-event-acks',
      SYNERGY_RECOMPUTE.name,
    ]);
    expect(queuesConsumedBy('interviews').map((queue) => queue.name)).toEqual([
      'interviews-events',
      'interviews-event-acks',
      importQueue('DECLARATIONS').name,
    ]);
  });

  it('shows the dashboard every queue: events, their acknowledgements, work', () => {
    expect(SYSTEM_QUEUES).toEqual([
      'directory-events',
      'interviews-events',
      'synergy-engine-events',
      'workshops-events',
      'directory-event-acks',
      'interviews-event-acks',
      'synergy-engine-event-acks',
      'workshops-event-acks',
      'synergy-recompute',
      'webhook-delivery',
      'imports-organizations',
      'imports-declarations',
    ]);
  });
});
