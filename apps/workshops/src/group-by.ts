/** The rows of each key, in the order of the keys: what a DataLoader batch returns. */
export function groupByKey<T>(
  keys: readonly string[],
  rows: T[],
  keyOf: (row: T) => string,
): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
