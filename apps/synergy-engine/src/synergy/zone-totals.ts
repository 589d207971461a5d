import { RequestLoaders } from '@symbiose/platform';

/** Rows read for several zones at once, each zone's apart; a row of two zones is in both. */
export function rowsByZone<Row extends { zoneId: string }>(
  rows: readonly Row[],
): Map<string, Row[]> {
  const byZone = new Map<string, Row[]>();
  for (const row of rows) {
    const zoneRows = byZone.get(row.zoneId);
    if (zoneRows) zoneRows.push(row);
    else byZone.set(row.zoneId, [row]);
  }
  return byZone;
}

/**
 * A zone's total, as a field of Zone: the parts of every zone the request asks for are read in
 * one query (`partsByZone`), then each zone's are summed.
 */
export async function zoneTotal<Part, Total>(
  loaders: RequestLoaders,
  loaderName: string,
  zoneId: string,
  partsByZone: (zoneIds: readonly string[]) => Promise<Map<string, Part[]>>,
  sum: (parts: Part[]) => Total,
): Promise<Total> {
  const parts = await loaders
    .get<string, Part[]>(loaderName, async (ids) => {
      const byZone = await partsByZone(ids);
      return ids.map((id) => byZone.get(id) ?? []);
    })
    .load(zoneId);
  return sum(parts);
}
