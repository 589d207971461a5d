import { INestApplication, LoggerService } from '@nestjs/common';
import { Server } from 'node:http';
import { ConnectionDrain, DRAIN_GRACE_MS, openConnections } from './connection-drain';
import { ShutdownState } from './shutdown-state';

const SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * Shuts the service down gracefully on SIGTERM or SIGINT, within `timeoutMs`:
 * readiness answers 503 at once, and every answer from then on says
 * `Connection: close`, so that keep-alive clients move away (ConnectionDrain);
 * the shutdown hooks then run in Nest's order (workers finish their current
 * job and the outbox relay stops, while the server still answers, up to a
 * second more while connections remain, so that a balancer sees the 503 and
 * clients move away; then the server stops accepting, closes its idle
 * connections and waits for the requests in flight, whose connections close
 * with their answers; then the pools and Redis connections close), and the process exits 0. Past the time, it logs what was still
 * running and exits 1: jobs still running are handed back by BullMQ's
 * stalled-job check, and their transactions roll back.
 */
export function closeOnSignals(
  app: INestApplication,
  timeoutMs: number,
  logger: LoggerService,
): void {
  const state = app.get(ShutdownState);
  const server = app.getHttpServer() as Server;
  const drain = new ConnectionDrain(server);
  const giveUp = async () => {
    const connections = await openConnections(server);
    const running = [...state.running(), `${connections} open HTTP connection(s)`];
    logger.error(`shutdown not done after ${timeoutMs} ms, still running: ${running.join(', ')}`);
    process.exit(1);
  };
  const close = (signal: NodeJS.Signals) => {
    if (state.reason()) return;
    state.begin(signal);
    state.beforeServerClose('draining HTTP connections', () =>
      drain.settle(Math.min(DRAIN_GRACE_MS, timeoutMs / 4)),
    );
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
