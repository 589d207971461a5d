import { freePort } from '@symbiose/testing';
import { GATEWAY, ServiceProcess, startService } from '@symbiose/system';
import { BalancedService, NginxBalancer } from './nginx-balancer';
import { SERVICE_NAMES, SUBGRAPH_NAMES, subgraphUrlVariables } from './fault-system';

/** A replica of a service: its process and the URL that reaches it alone. */
export interface Replica {
  service: string;
  url: string;
  process: ServiceProcess;
}

/**
 * The five built services, each run `count` times, behind nginx: the gateways and the subgraphs
 * reach each subgraph through nginx, and clients reach the gateways through it. Replicas of a
 * service start together, as `docker compose up --scale` starts them.
 */
export class ReplicaSystem {
  private constructor(
    private readonly balancer: NginxBalancer,
    private readonly balanced: readonly BalancedService[],
    readonly replicas: Replica[],
  ) {}

  static async start(env: Record<string, string>, count: number): Promise<ReplicaSystem> {
    const balanced: BalancedService[] = [];
    for (const name of SERVICE_NAMES) {
      const replicaPorts = await Promise.all(Array.from({ length: count }, () => freePort()));
      balanced.push({ name, port: await freePort(), replicaPorts });
    }
    const system = new ReplicaSystem(await NginxBalancer.start(balanced), balanced, []);
    try {
      await system.startReplicas(SUBGRAPH_NAMES, env);
      await system.startReplicas([GATEWAY.name], env);
    } catch (error) {
      await system.stop();
      throw error;
    }
    return system;
  }

  /** The balanced URL of a service: nginx's. */
  urlOf(name: string): string {
    const service = this.balanced.find((candidate) => candidate.name === name);
    if (!service) throw new Error(`no service ${name}`);
    return `http://127.0.0.1:${service.port}`;
  }

  get gatewayUrl(): string {
    return this.urlOf(GATEWAY.name);
  }

  replicasOf(service: string): Replica[] {
    return this.replicas.filter((replica) => replica.service === service);
  }

  async stop(): Promise<void> {
    await Promise.all(this.replicas.map((replica) => replica.process.stop()));
    await this.balancer.stop();
  }

  private async startReplicas(names: readonly string[], env: Record<string, string>) {
    const subgraphUrls = subgraphUrlVariables((name) => this.urlOf(name));
    const starts = this.balanced
      .filter((service) => names.includes(service.name))
      .flatMap(({ name, replicaPorts }) =>
        replicaPorts.map(async (port) => {
          const process = await startService(name, { port, env: { ...subgraphUrls, ...env } });
          this.replicas.push({ service: name, url: `http://127.0.0.1:${port}`, process });
        }),
      );
    // Every start settled, so that none is left running when another fails.
    const failed = (await Promise.allSettled(starts)).find((start) => start.status === 'rejected');
    if (failed) throw failed.reason;
  }
}
