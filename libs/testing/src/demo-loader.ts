import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { WORKSPACE } from '@symbiose/system';

/** Loads the demo data into a running system with its built loader, as `npm start` does. */
export function loadDemoData(gatewayUrl: string): void {
  const result = spawnSync(
    process.execPath,
    [path.join(WORKSPACE, 'tools', 'run-service.js'), 'tools/demo'],
    { cwd: WORKSPACE, env: { ...process.env, GATEWAY_URL: gatewayUrl }, stdio: 'ignore' },
  );
  if (result.status !== 0) throw new Error(`the demo loader failed (exit code ${result.status})`);
}
