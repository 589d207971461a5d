import { freePort } from '@symbiose/testing';
import { GATEWAY, ServiceProcess, startService, SUBGRAPHS } from '@symbiose/system';

export const SUBGRAPH_NAMES = SUBGRAPHS.map((subgraph) => subgraph.name);
export const SERVICE_NAMES = [...SUBGRAPH_NAMES, GATEWAY.name];

/** Where each subgraph answers, as the variables the services read it from. */
export function subgraphUrlVariables(urlOf: (name: string) => string): Record<string, string> {
  return Object.fromEntries(
    SUBGRAPHS.map((subgraph) => [subgraph.urlVariable, urlOf(subgraph.name)]),
  );
}

/**
 * The five built services as processes, as `startSystem` runs them, each of which a test can
 * signal, kill and start again on the same port, database, queues and audit spool.
 */
export class FaultSystem {
  /** Every line each service printed, across its restarts. */
  readonly logLines: { service: string; line: string }[] = [];
  private readonly running = new Map<string, ServiceProcess>();

  private constructor(
    private readonly env: Record<string, string>,
    private readonly ports: Record<string, number>,
  ) {}

  /** Starts the subgraphs, then the gateway once they are ready. */
  static async start(env: Record<string, string>): Promise<FaultSystem> {
    const ports = Object.fromEntries(
      await Promise.all(SERVICE_NAMES.map(async (name) => [name, await freePort()] as const)),
    );
    const system = new FaultSystem(env, ports);
    try {
      // Every subgraph's start settled, so that none is left running when another fails.
      const started = await Promise.allSettled(SUBGRAPH_NAMES.map((name) => system.restart(name)));
      const failed = started.find((outcome) => outcome.status === 'rejected');
      if (failed) throw failed.reason;
      await system.restart(GATEWAY.name);
    } catch (error) {
      await system.stop();
      throw error;
    }
    return system;
  }

  urlOf(name: string): string {
    return `http://127.0.0.1:${this.ports[name]}`;
  }

  get gatewayUrl(): string {
    return this.urlOf(GATEWAY.name);
  }

  /** The running process of a service. */
  processOf(name: string): ServiceProcess {
    const service = this.running.get(name);
    if (!service) throw new Error(`${name} is not running`);
    return service;
  }

  /** Starts a service (once its previous process has exited) and waits until it is ready. */
  async restart(name: string): Promise<void> {
    this.running.set(
      name,
      await startService(name, {
        port: this.ports[name],
        env: this.serviceEnv(),
        onLine: (service, line) => this.logLines.push({ service, line }),
      }),
    );
  }

  /** Kills a service at once (SIGKILL), as a crash would, and waits until it has exited. */
  async kill(name: string): Promise<void> {
    const service = this.processOf(name);
    service.child.kill('SIGKILL');
    await service.exited;
  }

  /** Stops every service still running: SIGTERM, then SIGKILL after 15 s. */
  async stop(): Promise<void> {
    await Promise.all([...this.running.values()].map((service) => service.stop()));
  }

  /** A subgraph knows where the others answer; the gateway where each subgraph does. */
  private serviceEnv(): Record<string, string> {
    return { ...subgraphUrlVariables((name) => this.urlOf(name)), ...this.env };
  }
}
