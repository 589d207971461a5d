import { ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '@symbiose/testing';

/** One balanced service: the port nginx listens on, and the ports of its replicas. */
export interface BalancedService {
  name: string;
  port: number;
  replicaPorts: number[];
}

/** The header each answer carries: the replica (host:port) that answered it. */
export const UPSTREAM_HEADER = 'x-symbiose-upstream';

/**
 * Round robin over a service's replicas, keep-alive to them, and the next replica tried only when
 * one refuses the connection or times out before the request was sent (nginx never sends a POST
 * twice): the way the runbook puts nginx in front of several replicas.
 */
function serverBlock({ name, port, replicaPorts }: BalancedService): string {
  const upstream = name.replace(/[^a-z]/g, '_');
  return `
  upstream ${upstream} {
${replicaPorts.map((replica) => `    server 127.0.0.1:${replica} max_fails=1 fail_timeout=2s;`).join('\n')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 2m;
    location / {
      proxy_pass http://${upstream};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_next_upstream error timeout;
      proxy_read_timeout 120s;
      add_header ${UPSTREAM_HEADER} $upstream_addr always;
    }
  }`;
}

function configuration(directory: string, services: readonly BalancedService[]): string {
  const runsAsRoot = process.getuid?.() === 0;
  return `${runsAsRoot ? 'user root;' : ''}
worker_processes 1;
pid ${join(directory, 'nginx.pid')};
error_log ${join(directory, 'error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${join(directory, 'body')};
  proxy_temp_path ${join(directory, 'proxy')};
  fastcgi_temp_path ${join(directory, 'fastcgi')};
  uwsgi_temp_path ${join(directory, 'uwsgi')};
  scgi_temp_path ${join(directory, 'scgi')};
${services.map(serverBlock).join('\n')}
}
`;
}

/** nginx (from the distribution's packages), in the foreground, on a configuration of its own. */
export class NginxBalancer {
  private constructor(
    private readonly directory: string,
    private readonly child: ChildProcess,
    private readonly exited: Promise<void>,
  ) {}

  static async start(services: readonly BalancedService[]): Promise<NginxBalancer> {
    const directory = await mkdtemp(join(tmpdir(), 'symbiose-nginx-'));
    const file = join(directory, 'nginx.conf');
    await writeFile(file, configuration(directory, services));
    const child = spawn('nginx', ['-p', directory, '-c', file, '-g', 'daemon off;'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const failed = new Promise<never>((_, reject) => {
      child.once('error', (error) =>
        reject(new Error(`nginx could not start (${error.message}): tools/infra/ensure-nginx.sh`)),
      );
      void exited.then(() => reject(new Error(`nginx exited: ${stderr}`)));
    });
    const balancer = new NginxBalancer(directory, child, exited);
    await Promise.race([
      failed,
      waitFor(
        () => readFile(join(directory, 'nginx.pid'), 'utf8').catch(() => ''),
        (pid) => pid.trim().length > 0,
        { timeoutMs: 10_000, intervalMs: 100 },
      ),
    ]);
    return balancer;
  }

  async stop(): Promise<void> {
    this.child.kill('SIGQUIT');
    await this.exited;
    await rm(this.directory, { recursive: true, force: true });
  }
}
