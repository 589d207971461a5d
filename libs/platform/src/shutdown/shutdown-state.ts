import { BeforeApplicationShutdown, Global, Injectable, Module } from '@nestjs/common';

/**
 * Whether the process is shutting down, and which of its shutdown steps are
 * still running: readiness answers 503 from the first moment, and a shutdown
 * that overruns its time names what it was waiting for.
 */
@Injectable()
export class ShutdownState implements BeforeApplicationShutdown {
  private cause: string | undefined;
  private readonly steps = new Set<string>();
  private readonly beforeServerCloses: Promise<void>[] = [];

  begin(signal: string): void {
    this.cause ??= `shutting down (${signal})`;
  }

  /** Why the process is shutting down, or undefined while it runs. */
  reason(): string | undefined {
    return this.cause;
  }

  /** Runs one named step of the shutdown (closing a worker, stopping the relay). */
  async step<T>(name: string, work: () => Promise<T>): Promise<T> {
    this.steps.add(name);
    try {
      return await work();
    } finally {
      this.steps.delete(name);
    }
  }

  /**
   * Runs one named step of the shutdown, begun now, that must end before the HTTP server stops
   * listening (the connections' drain): it runs beside the other hooks, and Nest closes the
   * server only once every `beforeApplicationShutdown` has returned.
   */
  beforeServerClose(name: string, work: () => Promise<void>): void {
    this.beforeServerCloses.push(this.step(name, work));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.beforeServerCloses);
  }

  /** The steps started and not finished. */
  running(): string[] {
    return [...this.steps];
  }
}

@Global()
@Module({ providers: [ShutdownState], exports: [ShutdownState] })
export class ShutdownModule {}
