import { Injectable } from '@nestjs/common';
import { QueueDefinition } from '@symbiose/contracts';
import { ConfigurationError } from '../config/load-config';

/** One worker of a queue, and the jobs it handles there: all the queue's when `jobs` is absent. */
export interface QueueHandler {
  readonly jobs?: readonly string[];
}

/** The workers a process builds, by queue: each declares itself when it is built. */
@Injectable()
export class QueueHandlerRegistry {
  private readonly handlers = new Map<string, QueueHandler[]>();

  declare(queue: string, handler: QueueHandler): void {
    this.handlers.set(queue, [...this.of(queue), handler]);
  }

  of(queue: string): readonly QueueHandler[] {
    return this.handlers.get(queue) ?? [];
  }

  queues(): readonly string[] {
    return [...this.handlers.keys()];
  }
}

function problemsOfQueue(queue: QueueDefinition, handlers: readonly QueueHandler[]): string[] {
  if (handlers.length === 0) return [`queue ${queue.name} has no handler`];
  if (handlers.length > 1) return [`queue ${queue.name} has ${handlers.length} handlers, not one`];
  const handled = handlers[0].jobs;
  if (!handled) return [];
  return queue.jobs
    .filter((job) => !handled.includes(job))
    .map((job) => `queue ${queue.name} has no handler for ${job}`);
}

/**
 * What stops a service whose workers do not match the catalogue: a queue it consumes with no
 * handler or two, a job of the queue its handler does not handle, a queue it runs that the
 * catalogue gives to another service.
 */
export function queueHandlerProblems(
  consumed: readonly QueueDefinition[],
  registry: QueueHandlerRegistry,
): string[] {
  const names = new Set(consumed.map((queue) => queue.name));
  const strays = registry
    .queues()
    .filter((queue) => !names.has(queue))
    .map(
      (queue) => `queue ${queue} has a handler here, but the catalogue gives it to another service`,
    );
  return [
    ...consumed.flatMap((queue) => problemsOfQueue(queue, registry.of(queue.name))),
    ...strays,
  ];
}

/** A service whose queues are not each handled once; said at start, before any worker runs. */
export class QueueHandlersError extends ConfigurationError {
  constructor(service: string, problems: string[]) {
    super(problems);
    this.name = 'QueueHandlersError';
    this.message = `${service} cannot start: ${problems.join('; ')}`;
  }
}
