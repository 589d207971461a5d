import { Inject, Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { EntityManager } from 'typeorm';
import { ConsumingService, EventEnvelope, subscribersOf } from '@symbiose/contracts';
import { ConfigurationError } from '../config/load-config';
import { QUEUE_CONSUMER } from '../queues/queue-handlers.check';
import { EventHandlerMap, handlerOf } from './event-consumer';

/** What a room of a service registers: its handlers of the events it consumes, by type. */
export interface EventHandlers {
  handlers(): EventHandlerMap;
}

/**
 * Marks a provider as event handlers of its service: an ordinary provider of the module of the
 * room that consumes the events, with that module's dependencies. The events module finds every
 * marked provider at start and runs their handlers in the service's consumer.
 */
export const EventHandlers = DiscoveryService.createDecorator<void>();

/** One marked provider's handlers, as found at start. */
export interface FoundEventHandlers {
  /** The provider's class, which names it in a refusal. */
  readonly provider: abstract new (...args: never[]) => unknown;
  readonly handlers: EventHandlerMap;
}

/** A service whose event handlers cannot run as found; said at start, before any worker runs. */
export class EventHandlersError extends ConfigurationError {
  constructor(service: string, problems: string[]) {
    super(problems);
    this.name = 'EventHandlersError';
    this.message = `${service} cannot start: ${problems.join('; ')}`;
  }
}

/**
 * What stops a service's handlers: a provider found twice (it would apply each event twice), and
 * a type the catalogue does not send to the service (a handler that would never run). A type
 * the catalogue sends and no one handles is the queue check's to refuse (`QueueHandlersCheck`).
 */
export function eventHandlerProblems(
  service: ConsumingService,
  found: readonly FoundEventHandlers[],
): string[] {
  const seen = new Set<FoundEventHandlers['provider']>();
  const problems: string[] = [];
  for (const { provider, handlers } of found) {
    if (seen.has(provider)) problems.push(`${provider.name} is provided twice`);
    seen.add(provider);
    const strays = Object.keys(handlers).filter((type) => !subscribersOf(type).includes(service));
    for (const type of strays) {
      problems.push(`${provider.name} handles ${type}, which the catalogue does not send here`);
    }
  }
  return problems;
}

type RunEvent = (event: EventEnvelope, manager: EntityManager) => Promise<void>;

/**
 * One map by event type. Where two rooms consume one type (the directory's declarations: the
 * zone assessment's figures, the partners' webhooks), each runs, in the order they were found,
 * in the one transaction of the event's inbox row: the event is applied whole or not at all.
 */
export function mergeEventHandlers(found: readonly EventHandlerMap[]): EventHandlerMap {
  const types = new Set(found.flatMap((handlers) => Object.keys(handlers)));
  const merged = [...types].map((type): [string, RunEvent] => {
    const runs = found
      .map((handlers) => handlerOf(handlers, type))
      .filter((run) => run !== undefined);
    if (runs.length === 1) return [type, runs[0]];
    return [
      type,
      async (event, manager) => {
        for (const run of runs) await run(event, manager);
      },
    ];
  });
  // Each entry keeps the type it was found under, so the map is one of EventHandlerMap's.
  return Object.fromEntries(merged) as EventHandlerMap;
}

/**
 * The service's event handlers: every provider marked `@EventHandlers()`, in whichever module,
 * merged by event type. Found on first use, which comes once every provider exists: the events
 * module's init, or a delivered event.
 */
@Injectable()
export class ServiceEventHandlers implements EventHandlers {
  private merged: EventHandlerMap | undefined;

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(QUEUE_CONSUMER) private readonly service: ConsumingService,
  ) {}

  handlers(): EventHandlerMap {
    this.merged ??= this.discover();
    return this.merged;
  }

  private discover(): EventHandlerMap {
    const found = this.discovery
      .getProviders({ metadataKey: EventHandlers.KEY })
      .map((wrapper): FoundEventHandlers => {
        const instance: unknown = wrapper.instance;
        if (!isEventHandlers(instance)) {
          throw new EventHandlersError(this.service, [
            `${wrapper.name} is marked @EventHandlers() but has no handlers() to call`,
          ]);
        }
        return {
          provider: instance.constructor as FoundEventHandlers['provider'],
          handlers: instance.handlers(),
        };
      });
    const problems = eventHandlerProblems(this.service, found);
    if (problems.length > 0) throw new EventHandlersError(this.service, problems);
    return mergeEventHandlers(found.map(({ handlers }) => handlers));
  }
}

function isEventHandlers(instance: unknown): instance is EventHandlers {
  return (
    typeof instance === 'object' &&
    instance !== null &&
    typeof (instance as Partial<EventHandlers>).handlers === 'function'
  );
}
