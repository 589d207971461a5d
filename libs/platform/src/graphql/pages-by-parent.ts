import { isUUID } from 'class-validator';
import { FindOptionsWhere, In, ObjectLiteral, Repository } from 'typeorm';
import { Connection, connectionOf, PageArgs, pageWindow } from './connection';
import { groupToKeys } from './request-loaders';

/**
 * A row of a window query that numbers each parent's children in order:
 * `row_number() OVER (PARTITION BY parent ORDER BY …) - 1 AS position` and
 * `count(*) OVER (PARTITION BY parent) AS total`.
 */
export interface RankedChild {
  id: string;
  parentId: string;
  position: number | string;
  total: number | string;
}

/**
 * SQL that keeps, of a ranked subquery `ranked`, the rows of the page asked
 * and each parent's first row (which carries its total even off the page).
 * Its parameters are the page's start and end.
 */
export function rankedPageCondition(startParameter: string, endParameter: string): string {
  return `ranked.position = 0 OR (ranked.position >= ${startParameter} AND ranked.position < ${endParameter})`;
}

/**
 * The same page of children for each parent, from ranked rows: the nested
 * connections of a list (the interviews of each organization of a page) cost
 * two queries whatever the number of parents.
 */
export async function pagesByParent<T>(
  parentIds: readonly string[],
  ranked: RankedChild[],
  page: PageArgs,
  load: (ids: string[]) => Promise<T[]>,
  idOf: (child: T) => string,
): Promise<Connection<T>[]> {
  const { start, size } = pageWindow(page);
  const inPage = (row: RankedChild) =>
    Number(row.position) >= start && Number(row.position) < start + size;
  // A child of several parents (a synergy of two firms) is read once.
  const pageIds = [...new Set(ranked.filter(inPage).map((row) => row.id))];
  const found = pageIds.length > 0 ? await load(pageIds) : [];
  const byId = new Map(found.map((child) => [idOf(child), child]));
  return groupToKeys(parentIds, ranked, (row) => row.parentId).map((rows) => {
    const nodes = rows.filter(inPage).flatMap((row) => byId.get(row.id) ?? []);
    return connectionOf(nodes, start, Number(rows[0]?.total ?? 0));
  });
}

/** A table whose rows each belong to one parent, as its nested connections page them. */
export interface ChildTable<T extends ObjectLiteral> {
  repository: Repository<T>;
  /** The column naming each row's parent: `organization_id`. */
  parentColumn: string;
  /** The rows' order within a parent, in SQL, ending with a unique column: `created_at, id`. */
  orderBy: string;
}

/**
 * The same page of a table's rows for each parent, in two queries whatever the number of
 * parents. `filter` narrows the rows: SQL conditions whose parameters are numbered from $2 on.
 * A parent id that is no UUID (a federation key) names nothing, and must not fail its batch.
 */
export async function pagesOfChildren<T extends { id: string }>(
  { repository, parentColumn, orderBy }: ChildTable<T>,
  parentIds: readonly string[],
  page: PageArgs,
  filter: { conditions: string[]; parameters: unknown[] } = { conditions: [], parameters: [] },
): Promise<Connection<T>[]> {
  const { start, size } = pageWindow(page);
  const startParameter = `$${filter.parameters.length + 2}`;
  const endParameter = `$${filter.parameters.length + 3}`;
  const conditions = [`${parentColumn} = ANY($1::uuid[])`, ...filter.conditions].join(' AND ');
  const ranked: RankedChild[] = await repository.query(
    `SELECT id, ${parentColumn} AS "parentId", position, total
       FROM (SELECT id, ${parentColumn},
                    row_number() OVER (PARTITION BY ${parentColumn} ORDER BY ${orderBy}) - 1
                      AS position,
                    count(*) OVER (PARTITION BY ${parentColumn}) AS total
               FROM ${repository.metadata.tableName}
              WHERE ${conditions}) ranked
      WHERE ${rankedPageCondition(startParameter, endParameter)}
      ORDER BY position`,
    [parentIds.filter((id) => isUUID(id)), ...filter.parameters, start, start + size],
  );
  return pagesByParent(
    parentIds,
    ranked,
    page,
    (ids) => repository.findBy({ id: In(ids) } as FindOptionsWhere<T>),
    (child) => child.id,
  );
}
