import { Connection, connectionOf, PageArgs, pageWindow } from './connection';

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
  const pageIds = ranked.filter(inPage).map((row) => row.id);
  const found = pageIds.length > 0 ? await load(pageIds) : [];
  const byId = new Map(found.map((child) => [idOf(child), child]));
  return parentIds.map((parentId) => {
    const rows = ranked.filter((row) => row.parentId === parentId);
    const nodes = rows.filter(inPage).flatMap((row) => byId.get(row.id) ?? []);
    return connectionOf(nodes, start, Number(rows[0]?.total ?? 0));
  });
}
