import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeUnstorableText } from '../validation/storable-text';
import { AuditSpool, SpooledAuditEvent } from './audit-spool';

const event = (id: string): SpooledAuditEvent => ({
  id,
  version: 1,
  occurredAt: '2026-12-07T10:00:00.000Z',
  payload: { operation: 'createZone', entityId: 'zone\\u0000' },
});

describe('AuditSpool', () => {
  let directory: string;
  let spool: AuditSpool;

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'audit-spool-spec-'));
    spool = new AuditSpool(join(directory, 'directory'));
  });

  afterEach(() => rm(directory, { recursive: true, force: true }));

  /** A file left under its temporary name by a writer that died, `ageMs` ago. */
  async function abandoned(name: string, text: string, ageMs: number): Promise<void> {
    const path = join(spool.directory, name);
    await writeFile(path, text);
    const at = new Date(Date.now() - ageMs);
    await utimes(path, at, at);
  }

  it('lists nothing before anything is spooled', async () => {
    expect(await spool.list()).toEqual([]);
  });

  it('gives back each request’s events as written, oldest first, until removed', async () => {
    await spool.write([event('a1'), event('a2')]);
    await spool.write([event('b1')]);

    const names = await spool.list();
    expect(names).toHaveLength(2);
    const files = await Promise.all(names.map((name) => spool.read(name)));
    expect(files.map((file) => file?.events)).toEqual([[event('a1'), event('a2')], [event('b1')]]);

    await spool.remove(names[0]);
    await spool.remove(names[0]);
    expect(await spool.list()).toEqual([names[1]]);
    expect(await spool.read(names[0])).toBeNull();
  });

  it('leaves a file being written alone, and replays or drops one its writer abandoned', async () => {
    await spool.write([event('kept')]);
    const whole = `${JSON.stringify(event('whole'))}\n`;
    await abandoned('2026-12-07T10-00-00-000Z-whole.jsonl.tmp', whole, 120_000);
    await abandoned('2026-12-07T10-00-01-000Z-torn.jsonl.tmp', whole.slice(0, 20), 120_000);
    await abandoned('2026-12-07T10-00-02-000Z-young.jsonl.tmp', whole, 1_000);

    const names = await spool.list();
    expect(names).toEqual([
      '2026-12-07T10-00-00-000Z-whole.jsonl.tmp',
      '2026-12-07T10-00-01-000Z-torn.jsonl.tmp',
      expect.stringMatching(/-kept\.jsonl$/),
    ]);
    expect((await spool.read(names[0]))?.events).toEqual([event('whole')]);
    expect(await spool.read(names[1])).toBeNull();
    expect(await readdir(spool.directory)).not.toContain(names[1]);
  });
});

describe('escapeUnstorableText', () => {
  it('writes a NUL and a lone surrogate as their escapes and leaves other text as it is', () => {
    expect(escapeUnstorableText('org\u0000a\uD800b\uDFFF')).toBe('org\\u0000a\\uD800b\\uDFFF');
    expect(escapeUnstorableText('Scierie du Lot 🌲 \\u0000')).toBe('Scierie du Lot 🌲 \\u0000');
  });
});
