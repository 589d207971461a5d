import { freePort, waitFor } from '@symbiose/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

export interface PeerGateway {
  url: string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 60_000;

async function isReady(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/readiness`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exit = once(child, 'exit');
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exit;
  clearTimeout(killer);
}

/**
 * Starts Hive Gateway (`hive-gateway.ts`, compiled beside this file) in a process of its own over
 * the subgraphs at `subgraphUrls` (base URLs by subgraph name), planning from `supergraphFile`.
 */
export async function startPeerGateway(
  supergraphFile: string,
  subgraphUrls: Record<string, string>,
): Promise<PeerGateway> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const graphqlUrls = Object.fromEntries(
    Object.entries(subgraphUrls).map(([name, base]) => [name, `${base}/graphql`]),
  );
  const child = spawn(process.execPath, [path.join(__dirname, 'hive-gateway.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      SUPERGRAPH: supergraphFile,
      SUBGRAPH_URLS: JSON.stringify(graphqlUrls),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = () => stopped(child);
  if (!(await waitFor(() => isReady(url), Boolean, { timeoutMs: READY_TIMEOUT_MS }))) {
    await stop();
    throw new Error(`Hive Gateway was not ready at ${url} after ${READY_TIMEOUT_MS} ms`);
  }
  return { url, stop };
}
