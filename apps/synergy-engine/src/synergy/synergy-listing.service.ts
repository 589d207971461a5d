import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { In, Repository } from 'typeorm';
import {
  Connection,
  connectionOf,
  groupToKeys,
  PageArgs,
  pageWindow,
  pagesByParent,
  RankedChild,
  rankedPageCondition,
} from '@symbiose/platform';
import { DISMISSAL_REASONS, type DismissalReason } from './dismissal-reason';
import type { SynergyFilter, SynergyListFilter } from './dto/synergies.args';
import type { SynergyOrder } from './synergy-enums';
import type { SynergyStatus } from './synergy-lifecycle';
import { SynergyStatusChange } from './synergy-status-change.entity';
import { Synergy } from './synergy.entity';

const ORDER_SQL: Record<SynergyOrder, string> = {
  SCORE: 's.score DESC, s.id',
  DETECTED_AT: 's.detected_at DESC, s.id',
};

/** The parents a synergy list can hang from, and the array column that names them. */
export type SynergyParent = 'zone' | 'organization';
const PARENT_COLUMN: Record<SynergyParent, string> = {
  zone: 'zone_ids',
  organization: 'organization_ids',
};

/** SQL conditions on `synergy s` for a filter; pushes their values onto `parameters`. */
function conditionsOf(filter: SynergyFilter | undefined, parameters: unknown[]): string[] {
  const parameter = (value: unknown) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  const conditions: string[] = [];
  if (!filter?.includeObsolete) conditions.push('NOT s.obsolete');
  if (filter?.zoneId) conditions.push(`s.zone_ids @> ARRAY[${parameter(filter.zoneId)}::uuid]`);
  if (filter?.organizationId) {
    conditions.push(`s.organization_ids @> ARRAY[${parameter(filter.organizationId)}::uuid]`);
  }
  if (filter?.kind) conditions.push(`s.kind = ${parameter(filter.kind)}`);
  if (filter?.status) conditions.push(`s.status = ${parameter(filter.status)}`);
  if (filter?.theme) conditions.push(`s.theme = ${parameter(filter.theme)}`);
  if (filter?.minScore !== undefined && filter.minScore !== null) {
    conditions.push(`s.score >= ${parameter(filter.minScore)}`);
  }
  if (filter?.categoryCode) {
    const code = parameter(filter.categoryCode);
    conditions.push(`(s.category_code = ${code} OR s.resource_category_code = ${code})`);
  }
  if (filter?.collectiveNeed) {
    conditions.push(
      `s.kind = 'COLLECTIVE' AND s.rationale->>'collectiveNeedCode' = ${parameter(filter.collectiveNeed)}`,
    );
  }
  return conditions;
}

function where(conditions: string[]): string {
  return conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
}

/**
 * The FROM and WHERE of the synergies of each of `parentIds`, one row per synergy and parent
 * (`parent` names it): for queries that rank or count each parent's synergies in one go. Pushes
 * its values onto `parameters`.
 */
function ofEachParent(
  parent: SynergyParent,
  parentIds: readonly string[],
  filter: SynergyListFilter | undefined,
  parameters: unknown[],
): string {
  const column = PARENT_COLUMN[parent];
  // A federation key that is no UUID names nothing, and must not fail its batch.
  parameters.push(parentIds.filter((id) => isUUID(id)));
  const ids = `$${parameters.length}::uuid[]`;
  const conditions = [`s.${column} && ${ids}`, ...conditionsOf(filter, parameters)];
  return `FROM synergy s CROSS JOIN LATERAL unnest(s.${column}) AS parent
          ${where(conditions)} AND parent = ANY(${ids})`;
}

/** How many synergies of one kind and status. */
export interface SynergyTally {
  kind: Synergy['kind'];
  status: SynergyStatus;
  count: number;
}

/** Reads synergies: filtered pages, pages per zone or organization, counts and histories. */
@Injectable()
export class SynergyListing {
  constructor(
    @InjectRepository(Synergy) private readonly synergies: Repository<Synergy>,
    @InjectRepository(SynergyStatusChange)
    private readonly changes: Repository<SynergyStatusChange>,
  ) {}

  async list(
    filter: SynergyFilter | undefined,
    orderBy: SynergyOrder,
    page: PageArgs,
  ): Promise<Connection<Synergy>> {
    const { start, size } = pageWindow(page);
    const parameters: unknown[] = [];
    const whereSql = where(conditionsOf(filter, parameters));
    const [{ total }]: { total: string }[] = await this.synergies.query(
      `SELECT count(*) AS total FROM synergy s ${whereSql}`,
      parameters,
    );
    const rows: { id: string }[] = await this.synergies.query(
      `SELECT s.id FROM synergy s ${whereSql} ORDER BY ${ORDER_SQL[orderBy]}
       LIMIT ${size} OFFSET ${start}`,
      parameters,
    );
    return connectionOf(await this.byIdsInOrder(rows.map((row) => row.id)), start, Number(total));
  }

  /**
   * The synergies a filter keeps, best score first then by id, the page after `after` (keyset
   * paging): for an export to read them all, one page at a time.
   */
  async pageAfter(
    filter: SynergyFilter,
    after: Synergy | undefined,
    size: number,
  ): Promise<Synergy[]> {
    const parameters: unknown[] = [];
    const conditions = conditionsOf(filter, parameters);
    if (after) {
      parameters.push(after.score, after.id);
      const [score, id] = [`$${parameters.length - 1}`, `$${parameters.length}`];
      conditions.push(`(s.score < ${score} OR (s.score = ${score} AND s.id > ${id}))`);
    }
    const rows: { id: string }[] = await this.synergies.query(
      `SELECT s.id FROM synergy s ${where(conditions)} ORDER BY ${ORDER_SQL.SCORE} LIMIT ${size}`,
      parameters,
    );
    return this.byIdsInOrder(rows.map((row) => row.id));
  }

  /**
   * The same page of synergies for each zone or organization, in two queries
   * whatever their number: the gateway asks for all of a page at once.
   */
  async pagesOf(
    parent: SynergyParent,
    parentIds: readonly string[],
    filter: SynergyListFilter | undefined,
    orderBy: SynergyOrder,
    page: PageArgs,
  ): Promise<Connection<Synergy>[]> {
    const { start, size } = pageWindow(page);
    const parameters: unknown[] = [start, start + size];
    const ranked: RankedChild[] = await this.synergies.query(
      `SELECT id, "parentId", position, total
         FROM (SELECT s.id, parent AS "parentId",
                      row_number() OVER (PARTITION BY parent ORDER BY ${ORDER_SQL[orderBy]}) - 1
                        AS position,
                      count(*) OVER (PARTITION BY parent) AS total
                 ${ofEachParent(parent, parentIds, filter, parameters)}) ranked
        WHERE ${rankedPageCondition('$1', '$2')}
        ORDER BY position`,
      parameters,
    );
    return pagesByParent(
      parentIds,
      ranked,
      page,
      (ids) => this.byIdsInOrder(ids),
      (s) => s.id,
    );
  }

  /** How many synergies each zone or organization has, in one query whatever their number. */
  async countsOf(
    parent: SynergyParent,
    parentIds: readonly string[],
    filter: SynergyListFilter | undefined,
  ): Promise<number[]> {
    const parameters: unknown[] = [];
    const rows: { parentId: string; total: string }[] = await this.synergies.query(
      `SELECT parent AS "parentId", count(*) AS total
         ${ofEachParent(parent, parentIds, filter, parameters)}
        GROUP BY parent`,
      parameters,
    );
    const totals = new Map(rows.map((row) => [row.parentId, Number(row.total)]));
    return parentIds.map((id) => totals.get(id) ?? 0);
  }

  /** How many synergies that are not obsolete each zone has, by kind and status. */
  async tallyByZone(zoneIds: readonly string[]): Promise<Map<string, SynergyTally[]>> {
    const rows: { zone_id: string; kind: Synergy['kind']; status: SynergyStatus; count: string }[] =
      await this.synergies.query(
        `SELECT zone_id, s.kind, s.status, count(*) AS count
           FROM synergy s CROSS JOIN LATERAL unnest(s.zone_ids) AS zone_id
          WHERE s.zone_ids && $1::uuid[] AND zone_id = ANY($1::uuid[]) AND NOT s.obsolete
          GROUP BY zone_id, s.kind, s.status`,
        [zoneIds.filter((id) => isUUID(id))],
      );
    const tallies = new Map<string, SynergyTally[]>();
    for (const row of rows) {
      const tally = tallies.get(row.zone_id) ?? [];
      tally.push({ kind: row.kind, status: row.status, count: Number(row.count) });
      tallies.set(row.zone_id, tally);
    }
    return tallies;
  }

  /**
   * The territory's dismissed synergies (obsolete ones too: the decision stands), by the reason
   * of their last dismissal; every reason is listed, then those dismissed without one, if any.
   */
  async dismissalReasonCounts(
    territoryId: string,
  ): Promise<{ reasonCode: DismissalReason | null; count: number }[]> {
    const rows: { reason_code: DismissalReason | null; count: number }[] =
      await this.synergies.query(
        `SELECT last.reason_code, count(*)::int AS count
           FROM synergy s
           CROSS JOIN LATERAL (
             SELECT c.reason_code FROM synergy_status_change c
              WHERE c.synergy_id = s.id AND c.to_status = 'DISMISSED'
              ORDER BY c.id DESC LIMIT 1) last
          WHERE s.territory_id = $1 AND s.status = 'DISMISSED'
          GROUP BY last.reason_code`,
        [territoryId],
      );
    const countOf = (reasonCode: DismissalReason | null) =>
      rows.find((row) => row.reason_code === reasonCode)?.count ?? 0;
    const unexplained = countOf(null);
    return [
      ...DISMISSAL_REASONS.map((reasonCode) => ({ reasonCode, count: countOf(reasonCode) })),
      ...(unexplained > 0 ? [{ reasonCode: null, count: unexplained }] : []),
    ];
  }

  async byIdsInOrder(ids: readonly string[]): Promise<Synergy[]> {
    const valid = ids.filter((id) => isUUID(id));
    if (valid.length === 0) return [];
    const found = await this.synergies.findBy({ id: In(valid) });
    const byId = new Map(found.map((synergy) => [synergy.id, synergy]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Oldest first, per synergy. */
  async historiesOf(synergyIds: readonly string[]): Promise<SynergyStatusChange[][]> {
    const changes = await this.changes.find({
      where: { synergyId: In([...synergyIds]) },
      order: { id: 'ASC' },
    });
    return groupToKeys(synergyIds, changes, (change) => change.synergyId);
  }
}
