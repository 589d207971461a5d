/**
 * The facts of a case the API may not take yet (a declaration's attributes, a firm's
 * authorisations), as the API's fields would take them and as lines at the end of a
 * description when it cannot.
 */

export type Attributes = Record<string, unknown>;

/** The dates the API takes in their own fields, whatever else it takes. */
export const DATE_ATTRIBUTES = ['availableFrom', 'availableUntil'] as const;

/** A storage regime as the API takes it: `[min, max]` in the set, `{ minC, maxC }` in the API. */
function apiValue(name: string, value: unknown): unknown {
  if (name === 'temperatureRange' && Array.isArray(value) && value.length === 2) {
    return { minC: value[0], maxC: value[1] };
  }
  return value;
}

/** The attributes for the API's `attributes` field: without the dates, which have theirs. */
export function apiAttributes(attributes: Attributes): Attributes {
  return Object.fromEntries(
    Object.entries(attributes)
      .filter(([name]) => !(DATE_ATTRIBUTES as readonly string[]).includes(name))
      .map(([name, value]) => [name, apiValue(name, value)]),
  );
}

const written = (value: unknown) =>
  typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);

/**
 * The description followed by one line of attributes and one of authorisations, as the set's
 * README says: `Attributes: temperatureC=28; medium=SEAWATER`, `Firm authorisations: 2910-A`.
 */
export function describedFacts(
  description: string | undefined,
  attributes: Attributes,
  authorisations: readonly string[],
): string | null {
  const entries = Object.entries(attributes);
  const lines = [
    ...(description ? [description] : []),
    ...(entries.length > 0
      ? [`Attributes: ${entries.map(([name, value]) => `${name}=${written(value)}`).join('; ')}`]
      : []),
    ...(authorisations.length > 0 ? [`Firm authorisations: ${authorisations.join(', ')}`] : []),
  ];
  return lines.length > 0 ? lines.join('\n') : null;
}
