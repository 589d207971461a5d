/** Tells a long run that the loop is stopping, so it ends at its next step rather than at its end. */
export type Stopping = () => boolean;

/**
 * Runs a piece of work at once, then again `intervalMs` after each run settles, until stopped.
 * A failed run is reported and the loop goes on; `stop` waits for the run in progress, which is
 * told through `stopping` to end early.
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly work: (stopping: Stopping) => Promise<unknown>,
    private readonly intervalMs: number,
    private readonly onError?: (error: unknown) => void,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.work(() => this.stopped)
        .then(() => undefined)
        .catch((error: unknown) => this.onError?.(error))
        .finally(() => this.schedule(this.intervalMs));
    }, delayMs);
  }
}
