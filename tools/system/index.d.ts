export interface StartSystemOptions {
  /** Variables given to every service. */
  env?: Record<string, string>;
  /** Variables given to the gateway only (its limits, NODE_ENV). */
  gatewayEnv?: Record<string, string>;
  /** Port by service name; defaults to 4000 (gateway) and 4001–4004. */
  ports?: Record<string, number>;
  /** Each line a service prints. */
  onLine?: (service: string, line: string) => void;
  /** How long each stage may take to be ready. */
  timeoutMs?: number;
}

export interface RunningSystem {
  gatewayUrl: string;
  /** Base URL by service name. */
  urls: Record<string, string>;
  stop(): Promise<void>;
}

export function startSystem(options?: StartSystemOptions): Promise<RunningSystem>;

/** One built service running as its own process. */
export interface ServiceProcess {
  name: string;
  url: string;
  child: import('node:child_process').ChildProcess;
  /** Settles when the process exits, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends SIGTERM, then SIGKILL if it has not exited after 15 s. */
  stop(): Promise<void>;
}

export function startService(
  name: string,
  options: {
    port: number;
    env?: Record<string, string>;
    onLine?: (service: string, line: string) => void;
    timeoutMs?: number;
  },
): Promise<ServiceProcess>;
export const SUBGRAPHS: { name: string; port: number; urlVariable: string }[];
export const GATEWAY: { name: string; port: number };
/** The workspace the services are built in. */
export const WORKSPACE: string;
