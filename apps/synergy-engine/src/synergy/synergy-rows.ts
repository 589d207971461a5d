import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { PoolClient } from 'pg';
import { EntityManager } from 'typeorm';
import type { SynergyContent } from './synergy-content';

type ColumnType = 'text' | 'uuid' | 'uuid[]' | 'double precision' | 'json';

interface ContentColumn {
  readonly name: string;
  readonly type: ColumnType;
  readonly value: (content: ContentFields) => unknown;
}

/** A synergy's content before its hash: what the hash digests. */
export type ContentFields = Omit<SynergyContent, 'contentHash' | 'copyText'>;

/** The columns a recompute writes, but the hash of their content, with their types and values. */
const HASHED_COLUMNS: readonly ContentColumn[] = [
  { name: 'key', type: 'text', value: (c) => c.key },
  { name: 'kind', type: 'text', value: (c) => c.kind },
  { name: 'territory_id', type: 'uuid', value: (c) => c.territoryId },
  { name: 'zone_ids', type: 'uuid[]', value: (c) => c.zoneIds },
  { name: 'organization_ids', type: 'uuid[]', value: (c) => c.organizationIds },
  { name: 'category_code', type: 'text', value: (c) => c.categoryCode },
  { name: 'resource_category_code', type: 'text', value: (c) => c.resourceCategoryCode },
  { name: 'theme', type: 'text', value: (c) => c.theme },
  { name: 'score', type: 'double precision', value: (c) => c.score },
  { name: 'participants', type: 'json', value: (c) => c.participants },
  { name: 'rationale', type: 'json', value: (c) => c.rationale },
  { name: 'distance_km', type: 'double precision', value: (c) => c.distanceKm },
  {
    name: 'combined_annual_quantity',
    type: 'double precision',
    value: (c) => c.combinedAnnualQuantity,
  },
  { name: 'canonical_unit', type: 'text', value: (c) => c.canonicalUnit },
  {
    name: 'net_avoided_kg_co2e_per_year',
    type: 'double precision',
    value: (c) => c.netAvoidedKgCo2ePerYear,
  },
];

const CONTENT_COLUMNS: readonly ContentColumn[] = [
  ...HASHED_COLUMNS,
  { name: 'content_hash', type: 'text', value: (c) => (c as SynergyContent).contentHash },
];

export const CONTENT_NAMES = CONTENT_COLUMNS.map((column) => column.name);

/** `name type, …`: the record `jsonb_to_recordset` reads the columns as. */
export const CONTENT_RECORD = CONTENT_COLUMNS.map(({ name, type }) => `${name} ${type}`).join(', ');

/** A synergy's content as a JSON object of its columns, for `jsonb_to_recordset`. */
export function contentRecord(content: SynergyContent): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const column of CONTENT_COLUMNS) record[column.name] = column.value(content);
  return record;
}

/** Rows per chunk written to the COPY stream. */
const COPY_CHUNK = 2000;

/** COPY's text format: backslash, tab, newline and carriage return escaped. */
function copyEscaped(text: string): string {
  return /[\\\t\n\r]/.test(text)
    ? text.replace(
        /[\\\t\n\r]/g,
        (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] as string,
      )
    : text;
}

function copyField(type: ColumnType, value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  switch (type) {
    case 'uuid[]':
      // UUIDs need no quoting in an array literal.
      return `{${(value as readonly string[]).join(',')}}`;
    case 'json':
      return copyEscaped(JSON.stringify(value));
    case 'double precision':
      return String(value);
    case 'text':
    case 'uuid':
      return copyEscaped(value as string);
  }
}

/**
 * The hashed columns of a content in COPY's text format, tab separated: serialised once, it is
 * both what the content's hash digests and what COPY writes.
 */
export function copyTextOf(content: ContentFields): string {
  let text = '';
  for (const column of HASHED_COLUMNS) {
    if (text) text += '\t';
    text += copyField(column.type, column.value(content));
  }
  return text;
}

/** A synergy a recompute inserts: its new id and what the recompute found. */
export interface NewSynergy {
  readonly id: string;
  readonly content: SynergyContent;
}

function copyLine({ id, content }: NewSynergy): string {
  return `${id}\t${content.copyText}\t${content.contentHash}\n`;
}

function* copyChunks(rows: readonly NewSynergy[]): Generator<string> {
  for (let start = 0; start < rows.length; start += COPY_CHUNK) {
    let chunk = '';
    for (const row of rows.slice(start, start + COPY_CHUNK)) chunk += copyLine(row);
    yield chunk;
  }
}

/**
 * Inserts new synergies with COPY, in the manager's transaction: a region's first recompute
 * writes hundreds of thousands, and COPY is the server's cheapest way in (measured on 42,000
 * synergies: one JSON document unpacked by jsonb_to_recordset took up to twice as long, and
 * multi-row INSERTs longer still).
 */
export async function copySynergies(
  manager: EntityManager,
  rows: readonly NewSynergy[],
): Promise<void> {
  if (rows.length === 0) return;
  if (!manager.queryRunner)
    throw new Error('copySynergies: must run in the transaction of the recompute');
  const client = (await manager.queryRunner.connect()) as PoolClient;
  const copy = client.query(copyFrom(`COPY synergy (id, ${CONTENT_NAMES.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(copyChunks(rows)), copy);
}
