import { EntityManager } from 'typeorm';
import { sameTopList, type StoredTopList } from '../matching';

/** Rows per statement, as the synergy store writes them. */
const BATCH = 2000;

type StoredEntry = [counterpartId: string, score: number, distanceKm: number];

interface TopListRow {
  declaration_id: string;
  kind: StoredTopList['kind'];
  category_code: string;
  entries: StoredEntry[];
}

/** The stored top lists of a territory's declarations of some categories (all, `null`). */
export async function readTopLists(
  manager: EntityManager,
  territoryId: string,
  categoryCodes: readonly string[] | null,
): Promise<StoredTopList[]> {
  const rows: TopListRow[] = await manager.query(
    `SELECT declaration_id, kind, category_code, entries FROM b2b_top_list
     WHERE territory_id = $1 AND ($2::text[] IS NULL OR category_code = ANY($2::text[]))`,
    [territoryId, categoryCodes],
  );
  return rows.map((row) => ({
    declarationId: row.declaration_id,
    kind: row.kind,
    categoryCode: row.category_code,
    entries: row.entries.map(([counterpartId, score, distanceKm]) => ({
      counterpartId,
      score,
      distanceKm,
    })),
  }));
}

/**
 * Writes some lists of a territory over what is stored, and deletes those of the declarations
 * gone from the categories (a declaration that moved to another category keeps the list written
 * there).
 */
export async function writeTopLists(
  manager: EntityManager,
  territoryId: string,
  lists: readonly StoredTopList[],
  gone: {
    readonly declarationIds: readonly string[];
    /** The categories whose lists go (all, `null`). */
    readonly categoryCodes: readonly string[] | null;
  },
): Promise<void> {
  if (gone.declarationIds.length > 0) {
    await manager.query(
      `DELETE FROM b2b_top_list WHERE declaration_id = ANY($1::uuid[])
         AND ($2::text[] IS NULL OR category_code = ANY($2::text[]))`,
      [gone.declarationIds, gone.categoryCodes],
    );
  }
  for (let start = 0; start < lists.length; start += BATCH) {
    const rows = lists.slice(start, start + BATCH).map((list) => ({
      declaration_id: list.declarationId,
      kind: list.kind,
      category_code: list.categoryCode,
      entries: list.entries.map(({ counterpartId, score, distanceKm }) => [
        counterpartId,
        score,
        distanceKm,
      ]),
    }));
    await manager.query(
      `INSERT INTO b2b_top_list (declaration_id, territory_id, kind, category_code, entries)
       SELECT r.declaration_id, $2, r.kind, r.category_code, r.entries
       FROM jsonb_to_recordset($1::jsonb)
         AS r(declaration_id uuid, kind text, category_code text, entries jsonb)
       ON CONFLICT (declaration_id) DO UPDATE
       SET territory_id = excluded.territory_id, kind = excluded.kind,
           category_code = excluded.category_code, entries = excluded.entries`,
      [JSON.stringify(rows), territoryId],
    );
  }
}

/**
 * Makes the stored lists of a territory's declarations of some categories (all of them, `null`)
 * a whole match's: writes those that differ, deletes those of declarations it no longer lists.
 */
export async function replaceTopLists(
  manager: EntityManager,
  territoryId: string,
  categoryCodes: readonly string[] | null,
  lists: readonly StoredTopList[],
): Promise<void> {
  const stored = new Map(
    (await readTopLists(manager, territoryId, categoryCodes)).map((list) => [
      list.declarationId,
      list,
    ]),
  );
  const changed = lists.filter((list) => {
    const before = stored.get(list.declarationId);
    stored.delete(list.declarationId);
    return !before || !sameTopList(before, list);
  });
  await writeTopLists(manager, territoryId, changed, {
    declarationIds: [...stored.keys()],
    categoryCodes,
  });
}
