import { createGatewayRuntime, HTTPTransportOptions } from '@graphql-hive/gateway';
import { setMaxListeners } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/**
 * The peer gateway of `npm run bench:api`, in a process of its own as the Apollo Gateway is:
 * Hive Gateway over the same subgraphs, planning from the checked-in supergraph. Run by
 * `peer-gateway.ts` with PORT, SUPERGRAPH (a file) and SUBGRAPH_URLS (a JSON object of each
 * subgraph's GraphQL URL by its name).
 */

const JOIN_GRAPH = /@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g;

/** The supergraph with each subgraph at the URL it has in this run, not the one composed in. */
function supergraphAt(file: string, urls: Record<string, string>): string {
  return readFileSync(file, 'utf8').replace(JOIN_GRAPH, (declaration, name: string) => {
    const url = urls[name];
    if (!url) throw new Error(`SUBGRAPH_URLS names no URL for the subgraph ${name}`);
    return `@join__graph(name: "${name}", url: "${url}")`;
  });
}

function variable(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

// Every subgraph request of a plan listens to its client request's abort signal: a page of 50
// entities makes more listeners than Node's default warning threshold, which is no leak here.
setMaxListeners(1000);

const gateway = createGatewayRuntime({
  supergraph: supergraphAt(variable('SUPERGRAPH'), JSON.parse(variable('SUBGRAPH_URLS'))),
  // Each client request costs its own subgraph requests, as through the Apollo Gateway, which
  // merges none: identical requests in flight are not answered once for all.
  transportEntries: {
    '*.http': { options: { deduplicateInflightRequests: false } as HTTPTransportOptions },
  },
  // Each subgraph checks the client's token itself.
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get('authorization') ?? undefined,
    }),
  },
  logging: 'error',
  graphiql: false,
  landingPage: false,
});

/** The CPU time counter the services expose too, which the bench reads around each run. */
function cpuMetric(): string {
  const { user, system } = process.cpuUsage();
  return `process_cpu_seconds_total ${(user + system) / 1e6}\n`;
}

const server = createServer((request, response) => {
  if (request.url === '/metrics') response.end(cpuMetric());
  else void gateway(request, response);
}).listen(Number(variable('PORT')), '127.0.0.1');

process.once('SIGTERM', () => {
  server.close();
  void gateway.dispose();
});
