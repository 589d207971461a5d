import { QueryFailedError } from 'typeorm';
import { BadUserInputError } from './bad-user-input';

const UNIQUE_VIOLATION = '23505';

/**
 * Turns the violation of a named unique constraint into the BAD_USER_INPUT a
 * client would have got from the check before it: two concurrent requests can
 * both pass the check, and the constraint decides.
 */
export function asUniqueViolation(
  error: unknown,
  fieldsByConstraint: Record<string, { field: string; reason: string }>,
): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const { code, constraint } = error.driverError as { code?: string; constraint?: string };
  const known =
    code === UNIQUE_VIOLATION && constraint ? fieldsByConstraint[constraint] : undefined;
  return known ? new BadUserInputError(known.field, known.reason, 'ALREADY_EXISTS') : error;
}
