import { createServer, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { DIRECTORY_SOURCE_ROUTES } from '@symbiose/directory-replica';

/**
 * The directory's internal routes, as a service under test alone asks them for what its
 * replica lacks: it knows the events it is given, nothing else, and can be taken down.
 */
export class StubDirectory {
  /** The latest event of each organization and zone it knows, by id. */
  private readonly events = new Map<string, Record<string, unknown>>();
  private readonly territories = new Set<string>();
  private unavailable = false;
  /** The ids each call asked, in order. */
  readonly calls: { route: string; ids: string[] }[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<StubDirectory> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const stub = new StubDirectory(server, `http://127.0.0.1:${port}`);
    server.on('request', (request, response) => stub.answer(request.url ?? '', response));
    return stub;
  }

  /** Makes an event the latest the directory holds about its zone or organization. */
  knows(event: { type: string; payload: object }): void {
    const payload = event.payload as Record<string, unknown>;
    const id = (payload['organizationId'] ?? payload['zoneId']) as string;
    this.events.set(id, event as Record<string, unknown>);
    if (event.type.startsWith('zone.')) this.territories.add(payload['territoryId'] as string);
  }

  /** Makes a territory known, with no zone. */
  knowsTerritory(territoryId: string): void {
    this.territories.add(territoryId);
  }

  /** Whether it answers 503 (down) or its routes. */
  setUnavailable(unavailable: boolean): void {
    this.unavailable = unavailable;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private answer(path: string, response: ServerResponse): void {
    const url = new URL(path, this.url);
    const ids = (url.searchParams.get('ids') ?? '').split(',');
    const route = url.pathname.slice(1);
    this.calls.push({ route, ids });
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (this.unavailable) return send(503, { message: 'down' });
    const eventsOf = (kind: string, id: string) => {
      const event = this.events.get(id);
      return event && (event['type'] as string).startsWith(kind) ? [event] : [];
    };
    switch (route) {
      case DIRECTORY_SOURCE_ROUTES.organizations:
        return send(200, { events: ids.flatMap((id) => eventsOf('organization.', id)) });
      case DIRECTORY_SOURCE_ROUTES.zones:
        return send(200, { events: ids.flatMap((id) => eventsOf('zone.', id)) });
      case DIRECTORY_SOURCE_ROUTES.territories:
        return send(200, {
          territories: ids
            .filter((id) => this.territories.has(id))
            .map((territoryId) => ({
              territoryId,
              events: [...this.events.values()].filter(
                (event) =>
                  (event['type'] as string).startsWith('zone.') &&
                  (event['payload'] as Record<string, unknown>)['territoryId'] === territoryId,
              ),
            })),
        });
      default:
        return send(404, { message: `no route ${route}` });
    }
  }
}
