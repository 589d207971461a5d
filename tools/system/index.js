/**
 * Starts the built system as separate processes, the way it runs for real:
 * the four subgraphs, then the gateway once they are ready. Used by
 * `npm start` and by the end-to-end tests.
 */
const { spawn } = require('node:child_process');
const path = require('node:path');
const readline = require('node:readline');

const SUBGRAPHS = [
  { name: 'directory', port: 4001, urlVariable: 'DIRECTORY_URL' },
  { name: 'interviews', port: 4002, urlVariable: 'INTERVIEWS_URL' },
  { name: 'synergy-engine', port: 4003, urlVariable: 'SYNERGY_ENGINE_URL' },
  { name: 'workshops', port: 4004, urlVariable: 'WORKSHOPS_URL' },
];
const GATEWAY = { name: 'gateway', port: 4000 };
const RUN_SERVICE = path.join(__dirname, '..', 'run-service.js');
// Longer than the services' default SHUTDOWN_TIMEOUT_MS (10 s), so that they shut down by themselves.
const STOP_GRACE_MS = 15_000;

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

class ServiceProcess {
  constructor(name, port, env, onLine) {
    this.name = name;
    this.url = `http://127.0.0.1:${port}`;
    this.lastLines = [];
    this.child = spawn(process.execPath, [RUN_SERVICE, name], {
      env: { ...process.env, ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    for (const stream of [this.child.stdout, this.child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        this.lastLines = [...this.lastLines.slice(-19), line];
        onLine(name, line);
      });
    }
  }

  /** Resolves when /health/ready answers 200; rejects if the process exits first or time runs out. */
  async waitUntilReady(timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    let exit;
    this.exited.then((result) => (exit = result));
    while (Date.now() < deadline) {
      if (exit) {
        throw new Error(
          `${this.name} exited (${exit.signal ?? `code ${exit.code}`}) before it was ready:\n` +
            this.lastLines.join('\n'),
        );
      }
      try {
        const response = await fetch(`${this.url}/health/ready`, {
          signal: AbortSignal.timeout(2000),
        });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await delay(250);
    }
    throw new Error(
      `${this.name} was not ready after ${timeoutMs} ms:\n${this.lastLines.join('\n')}`,
    );
  }

  async stop() {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const killer = setTimeout(() => this.child.kill('SIGKILL'), STOP_GRACE_MS);
    await this.exited;
    clearTimeout(killer);
  }
}

/**
 * @param {object} [options]
 * @param {Record<string, string>} [options.env] variables given to every service
 * @param {Record<string, string>} [options.gatewayEnv] variables given to the gateway only
 * @param {Record<string, number>} [options.ports] port by service name; defaults to 4000–4004
 * @param {(service: string, line: string) => void} [options.onLine] each line a service prints
 * @param {number} [options.timeoutMs] how long each stage may take to be ready
 */
async function startSystem({
  env = {},
  gatewayEnv = {},
  ports = {},
  onLine = () => undefined,
  timeoutMs = 90_000,
} = {}) {
  const portOf = (service) => ports[service.name] ?? service.port;
  const started = [];
  const stop = async () => {
    await Promise.all([...started].reverse().map((service) => service.stop()));
  };
  // The subgraphs ask each other on internal routes: the replicas of the directory for a row
  // they lack, the workshops the engine for its synergies.
  const internalUrls = Object.fromEntries(
    SUBGRAPHS.map((subgraph) => [subgraph.urlVariable, `http://127.0.0.1:${portOf(subgraph)}`]),
  );
  try {
    const subgraphs = SUBGRAPHS.map((subgraph) => {
      const service = new ServiceProcess(
        subgraph.name,
        portOf(subgraph),
        { ...internalUrls, ...env },
        onLine,
      );
      started.push(service);
      return service;
    });
    await Promise.all(subgraphs.map((service) => service.waitUntilReady(timeoutMs)));
    const subgraphUrls = Object.fromEntries(
      SUBGRAPHS.map((subgraph, index) => [subgraph.urlVariable, subgraphs[index].url]),
    );
    const gateway = new ServiceProcess(
      GATEWAY.name,
      portOf(GATEWAY),
      { ...env, ...gatewayEnv, ...subgraphUrls },
      onLine,
    );
    started.push(gateway);
    await gateway.waitUntilReady(timeoutMs);
    return {
      gatewayUrl: gateway.url,
      urls: Object.fromEntries(started.map((service) => [service.name, service.url])),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Starts one built service as its own process and waits until it is ready.
 * @param {string} name the app, as in apps/<name>
 * @param {object} options
 * @param {number} options.port
 * @param {Record<string, string>} [options.env]
 * @param {(service: string, line: string) => void} [options.onLine]
 * @param {number} [options.timeoutMs]
 */
async function startService(
  name,
  { port, env = {}, onLine = () => undefined, timeoutMs = 90_000 },
) {
  const service = new ServiceProcess(name, port, env, onLine);
  try {
    await service.waitUntilReady(timeoutMs);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return service;
}

/** The workspace the services are built in. */
const WORKSPACE = path.resolve(__dirname, '..', '..');

module.exports = { startSystem, startService, SUBGRAPHS, GATEWAY, WORKSPACE };
