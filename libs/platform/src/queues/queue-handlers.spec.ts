import { eventQueue, importQueue, SYNERGY_RECOMPUTE } from '@symbiose/contracts';
import { QueueHandlerRegistry, queueHandlerProblems } from './queue-handlers';

describe('the check that each queue a service consumes has one handler', () => {
  const imports = importQueue('DECLARATIONS');

  it('passes a service whose queues each have one handler', () => {
    const registry = new QueueHandlerRegistry();
    registry.declare(imports.name, {});
    expect(queueHandlerProblems([imports], registry)).toEqual([]);
  });

  it('names a queue with no handler, and one with two', () => {
    const registry = new QueueHandlerRegistry();
    registry.declare(SYNERGY_RECOMPUTE.name, {});
    registry.declare(SYNERGY_RECOMPUTE.name, {});
    expect(queueHandlerProblems([imports, SYNERGY_RECOMPUTE], registry)).toEqual([
      'queue imports-declarations has no handler',
      'queue synergy-recompute has 2 handlers, not one',
    ]);
  });

  it('names an event type the contracts send the service and its handlers leave out', () => {
    const registry = new QueueHandlerRegistry();
    const events = eventQueue('interviews');
    registry.declare(events.name, { jobs: events.jobs.filter((type) => type !== 'zone.updated') });
    expect(queueHandlerProblems([events], registry)).toEqual([
      'queue interviews-events has no handler for zone.updated',
    ]);
  });

  it('names a queue the service runs that the catalogue gives to another', () => {
    const registry = new QueueHandlerRegistry();
    registry.declare(imports.name, {});
    registry.declare(SYNERGY_RECOMPUTE.name, {});
    expect(queueHandlerProblems([imports], registry)).toEqual([
      'queue synergy-recompute has a handler here, but the catalogue gives it to another service',
    ]);
  });
});
