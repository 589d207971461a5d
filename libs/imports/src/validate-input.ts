import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';

export interface InputViolation {
  /** The input's field, with the path into nested inputs: `address.postalCode`. */
  field: string;
  reason: string;
}

function violationsOf(errors: ValidationError[], parent = ''): InputViolation[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...violationsOf(error.children ?? [], field)];
  });
}

/**
 * Builds and checks an input class from plain values as the API's validation pipe does (the same
 * class-transformer conversion, the same class-validator rules), for rows of a file that take the
 * same path as a mutation. Every violation is given, not only the first.
 */
export async function validateInput<T extends object>(
  type: new () => T,
  plain: Record<string, unknown>,
): Promise<{ input: T; violations: InputViolation[] }> {
  const input = plainToInstance(type, plain);
  const errors = await validate(input, { forbidUnknownValues: false });
  return { input, violations: violationsOf(errors) };
}
