import { IncomingMessage, Server, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * How long, at most, the server keeps listening once the drain has begun, every answer saying
 * close: time for a client of a kept-alive connection to send the request it was about to (a
 * steady client sends within milliseconds) and read that it must go. A connection closed under
 * a request sent but not yet read resets that request, and `server.close()` takes such a
 * connection for an idle one.
 */
export const DRAIN_GRACE_MS = 1000;
const CONNECTIONS_POLL_MS = 25;

/** The server's open connections, as it counts them. */
export function openConnections(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.getConnections((error, count) => resolve(error ? 0 : count)),
  );
}

/**
 * Lets a server's keep-alive connections drain when the service stops.
 *
 * `server.close()` stops accepting connections and closes those idle at that instant, and only
 * those. Under steady traffic that goes wrong both ways: a connection busy at that instant stays
 * open as long as its client keeps sending on it (until the shutdown times out and resets the
 * request in flight), and one whose next request is still unread counts as idle and is reset
 * under its client. So from the start of the shutdown every answer not yet begun says
 * `Connection: close`: Node closes the connection once the answer is sent, and the client takes
 * its next request elsewhere, to a new connection (answered the same way, or refused once the
 * server has stopped listening). The server keeps listening until its connections are gone or
 * for `graceMs` at most (`settle`), so that those in use go by themselves before it closes; it
 * then closes those left idle and waits for the answers still in flight.
 */
export class ConnectionDrain {
  /** Answers in flight, of which those not begun when the drain starts can still say close. */
  private readonly inFlight = new Set<ServerResponse>();
  private draining = false;

  constructor(private readonly server: Server) {
    // Before the application's own listener, so that no answer has begun yet.
    server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) =>
      this.admit(response),
    );
  }

  /**
   * From now on every answer asks its client to close the connection; resolves once no
   * connection is left open, or after `graceMs`.
   */
  async settle(graceMs: number): Promise<void> {
    this.draining = true;
    for (const response of this.inFlight) askToClose(response);
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline && (await openConnections(this.server)) > 0) {
      await delay(CONNECTIONS_POLL_MS);
    }
  }

  private admit(response: ServerResponse): void {
    if (this.draining) askToClose(response);
    this.inFlight.add(response);
    response.once('close', () => {
      this.inFlight.delete(response);
      // An answer begun before the drain kept its connection alive: once the server has stopped
      // listening nothing else would close that connection, now idle, before its keep-alive
      // timeout.
      if (this.draining && !this.server.listening) this.server.closeIdleConnections();
    });
  }
}

function askToClose(response: ServerResponse): void {
  if (!response.headersSent) response.setHeader('Connection', 'close');
}
