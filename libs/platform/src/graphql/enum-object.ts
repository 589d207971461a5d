/** A GraphQL enum object (`{ A: 'A', … }`) for `registerEnumType`, from a list of string values. */
export function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}
