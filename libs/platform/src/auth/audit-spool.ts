import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** One `audit.recorded` event as the outbox will hold it: its id is fixed before the first try. */
export interface SpooledAuditEvent {
  id: string;
  /** The version of `audit.recorded` the payload was built to, whatever the replaying code's. */
  version: number;
  occurredAt: string;
  payload: unknown;
}

const SPOOLED = '.jsonl';
const WRITING = '.jsonl.tmp';
/** Kept for a person to look at, and never replayed again: a file no replay could write. */
const SET_ASIDE = '.unreadable';

/**
 * A file still being written is left alone this long; past it, its writer died before renaming
 * it, after the fsync or during the write: it is replayed if it reads whole, else dropped.
 */
const ABANDONED_AFTER_MS = 60_000;

/** A spooled file that cannot be read or written, renamed so that it stops the others no more. */
export class SpoolFileSetAside extends Error {
  constructor(
    readonly file: string,
    readonly reason: unknown,
  ) {
    super(`audit spool: ${file} set aside as ${file}${SET_ASIDE}: ${String(reason)}`);
  }
}

/** A spooled file and the events it holds. */
export interface SpoolFile {
  name: string;
  events: SpooledAuditEvent[];
}

/**
 * The audit events a service could not write to its database, kept on local disk until it can:
 * one file per request, JSON lines, written whole and fsync'd under a temporary name, then
 * renamed. A file is thus either absent or complete, and no two writers ever share one, so
 * several processes may share the directory and replay each other's files: the outbox ignores an
 * event id it already holds, and a file is deleted only once its events are written.
 */
export class AuditSpool {
  constructor(readonly directory: string) {}

  /** Returns once the events are on disk, the directory entry included. */
  async write(events: readonly SpooledAuditEvent[]): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    // Sorting by name replays in the order the requests were answered.
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${events[0].id}`;
    const writing = join(this.directory, name + WRITING);
    const file = await open(writing, 'wx');
    try {
      await file.writeFile(events.map((event) => JSON.stringify(event) + '\n').join(''));
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(writing, join(this.directory, name + SPOOLED));
    await this.syncDirectory();
  }

  /** The files to replay, oldest first; a file another process replayed meanwhile is skipped. */
  async list(): Promise<string[]> {
    const names = await readdir(this.directory).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    const replayable: string[] = [];
    for (const name of names.sort()) {
      if (name.endsWith(SPOOLED)) replayable.push(name);
      else if (name.endsWith(WRITING) && (await this.isAbandoned(name))) replayable.push(name);
    }
    return replayable;
  }

  /**
   * A file's events, or null when it is gone or was abandoned half-written (and is now removed).
   * A whole file that does not parse is set aside (SpoolFileSetAside).
   */
  async read(name: string): Promise<SpoolFile | null> {
    let text: string;
    try {
      text = await readFile(join(this.directory, name), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      const events = text
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as SpooledAuditEvent);
      return { name, events };
    } catch (error) {
      if (!name.endsWith(WRITING)) return this.setAside(name, error);
      // Its writer died before the fsync: the request it audits was never answered.
      await this.remove(name);
      return null;
    }
  }

  /** Renames a file out of the replay's way and throws SpoolFileSetAside, for the log. */
  async setAside(name: string, reason: unknown): Promise<never> {
    await rename(join(this.directory, name), join(this.directory, name + SET_ASIDE));
    throw new SpoolFileSetAside(name, reason);
  }

  async remove(name: string): Promise<void> {
    await unlink(join(this.directory, name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  private async isAbandoned(name: string): Promise<boolean> {
    const written = await stat(join(this.directory, name)).catch(() => null);
    return written !== null && Date.now() - written.mtimeMs > ABANDONED_AFTER_MS;
  }

  /** A rename is durable once the directory holding it is synced. */
  private async syncDirectory(): Promise<void> {
    const directory = await open(this.directory, 'r');
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  }
}
