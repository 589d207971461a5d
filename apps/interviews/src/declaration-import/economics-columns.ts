import type { DeclarationEconomics } from '@symbiose/contracts';

/**
 * The firm's own figures, one column each, named and counted as `recordDeclaration`'s
 * `economics` fields: euro cents, per unit of the category's canonical unit but the investment.
 */
export const ECONOMICS_COLUMNS = [
  'disposalCostCentsPerUnit',
  'salePriceCentsPerUnit',
  'purchasePriceCentsPerUnit',
  'investmentCents',
] as const satisfies readonly (keyof DeclarationEconomics)[];

type EconomicsColumn = (typeof ECONOMICS_COLUMNS)[number];

const isEconomicsColumn = (name: string): name is EconomicsColumn =>
  (ECONOMICS_COLUMNS as readonly string[]).includes(name);

/** `economics.salePriceCentsPerUnit`, as the API names a figure, is the column of that name. */
export function economicsColumnOf(field: string): string | null {
  const [group, figure] = field.split('.');
  return group === 'economics' && figure !== undefined && isEconomicsColumn(figure) ? figure : null;
}

/**
 * A row's figures, for the API's `economics`: undefined when the file has none of the columns
 * (the declaration keeps the figures it has), null when the row gives none (it has none), else
 * the figures its cells give, each read by `number` (null for an empty cell).
 */
export function economicsOfRow(
  header: readonly string[],
  number: (column: EconomicsColumn) => number | null,
): Partial<Record<EconomicsColumn, number>> | null | undefined {
  const columns = ECONOMICS_COLUMNS.filter((column) => header.includes(column));
  if (columns.length === 0) return undefined;
  const given = columns.flatMap((column) => {
    const value = number(column);
    return value === null ? [] : [[column, value] as const];
  });
  return given.length === 0 ? null : Object.fromEntries(given);
}
