import { BadUserInputError } from '@symbiose/platform';
import type { InputViolation } from '../validate-input';
import { rejected, type ImportProblem, type ImportRowOutcome } from './import-row-handler';

/** A row as its problems name it: its cells by column, and the column each input field came from. */
export interface RowCells {
  readonly values: Readonly<Record<string, string>>;
  columnOf(field: string): string | null;
}

/** A problem of a field, in its column, quoting the cell when it is short enough to read. */
export function fieldProblem(row: RowCells, field: string, reason: string): ImportProblem {
  const column = row.columnOf(field);
  const value = column ? row.values[column]?.trim() : undefined;
  const got = value && value.length <= 100 ? ` (got "${value}")` : '';
  return { column, reason: `${reason}${got}` };
}

/** The row rejected for the violations its input broke, each in its column. */
export function rejectedFor(
  row: RowCells,
  violations: readonly InputViolation[],
): ImportRowOutcome {
  return rejected(...violations.map(({ field, reason }) => fieldProblem(row, field, reason)));
}

/** A BAD_USER_INPUT the service raised for the row is the row's fault; anything else is thrown on. */
export function rejectionOf(error: unknown, row: RowCells): ImportRowOutcome {
  if (!(error instanceof BadUserInputError)) throw error;
  return rejected(fieldProblem(row, error.field, error.reason));
}
