import { INestApplication, LoggerService } from '@nestjs/common';
import { Server } from 'node:http';
import { ShutdownState } from './shutdown-state';

const SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

function openConnections(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.getConnections((error, count) => resolve(error ? 0 : count)),
  );
}

/**
 * Shuts the service down gracefully on SIGTERM or SIGINT, within `timeoutMs`:
 * readiness answers 503 at once; the shutdown hooks then run in Nest's order
 * (workers finish their current job and the outbox relay stops, while the
 * server still answers so that a balancer sees the 503 and turns away; then
 * the server stops accepting and waits for the requests in flight; then the
 * pools and Redis connections close), and the process exits 0. Past the time,
 * it logs what was still running and exits 1: jobs still running are handed
 * back by BullMQ's stalled-job check, and their transactions roll back.
 */
export function closeOnSignals(
  app: INestApplication,
  timeoutMs: number,
  logger: LoggerService,
): void {
  const state = app.get(ShutdownState);
  const giveUp = async () => {
    const connections = await openConnections(app.getHttpServer() as Server);
    const running = [...state.running(), `${connections} open HTTP connection(s)`];
    logger.error(`shutdown not done after ${timeoutMs} ms, still running: ${running.join(', ')}`);
    process.exit(1);
  };
  const close = (signal: NodeJS.Signals) => {
    if (state.reason()) return;
    state.begin(signal);
    logger.log(`${signal}: shutting down within ${timeoutMs} ms`);
    const deadline = setTimeout(() => void giveUp(), timeoutMs);
    app.close().then(
      () => {
        clearTimeout(deadline);
        logger.log('shut down');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error(`shutdown failed: ${error instanceof Error ? error.stack : String(error)}`);
        process.exit(1);
      },
    );
  };
  for (const signal of SIGNALS) process.on(signal, close);
}
