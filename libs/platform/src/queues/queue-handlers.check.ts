import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { ConsumingService, queuesConsumedBy } from '@symbiose/contracts';
import { QueueHandlerRegistry, queueHandlerProblems, QueueHandlersError } from './queue-handlers';

export const QUEUE_CONSUMER = Symbol('QUEUE_CONSUMER');

/**
 * Refuses to start a service unless each queue the catalogue gives it has one handler for all
 * its jobs. Workers declare themselves when built and start once the application has
 * initialised, so the check runs after the first and before the second.
 */
@Injectable()
export class QueueHandlersCheck implements OnModuleInit {
  constructor(
    private readonly registry: QueueHandlerRegistry,
    @Inject(QUEUE_CONSUMER) private readonly service: ConsumingService,
  ) {}

  onModuleInit(): void {
    const problems = queueHandlerProblems(queuesConsumedBy(this.service), this.registry);
    if (problems.length > 0) throw new QueueHandlersError(this.service, problems);
  }
}
