import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync, ValidationError } from 'class-validator';

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

/** Thrown for an input class with an asynchronous rule, which `validateInput` cannot run. */
export class AsynchronousRuleError extends Error {
  constructor(type: string, property: string) {
    super(`validateInput: ${type}.${property} has an asynchronous rule, which a file's rows skip`);
    this.name = 'AsynchronousRuleError';
  }
}

/** The input classes whose rules were all found synchronous. */
const synchronousRules = new WeakSet<object>();

/**
 * Refuses an input (or a nested input in it) whose class has an asynchronous rule: the
 * synchronous check would skip it without a word. Each class's rules are looked at once.
 */
function requireSynchronousRules(input: object): void {
  const type = input.constructor;
  if (type === Object) return;
  if (!synchronousRules.has(type)) {
    const storage = getMetadataStorage();
    for (const rule of storage.getTargetValidationMetadatas(type, '', true, false)) {
      const constraints = rule.constraintCls
        ? storage.getTargetValidatorConstraints(rule.constraintCls)
        : [];
      if (constraints.some((constraint) => constraint.async)) {
        throw new AsynchronousRuleError(type.name, rule.propertyName);
      }
    }
    synchronousRules.add(type);
  }
  for (const value of Object.values(input)) {
    for (const nested of Array.isArray(value) ? value : [value]) {
      if (typeof nested === 'object' && nested !== null) requireSynchronousRules(nested);
    }
  }
}

/**
 * Builds and checks an input class from plain values as the API's validation pipe does (the same
 * class-transformer conversion, the same class-validator rules), for rows of a file that take the
 * same path as a mutation. Every violation is given, not only the first. The rules run
 * synchronously: the asynchronous check made a few dozen promises a row, and with the services'
 * async hooks it cost an import of 100,000 rows about 7 s of CPU. Every rule of the API's inputs
 * is synchronous; a class with an asynchronous one is refused (AsynchronousRuleError).
 */
export async function validateInput<T extends object>(
  type: new () => T,
  plain: Record<string, unknown>,
): Promise<{ input: T; violations: InputViolation[] }> {
  const input = plainToInstance(type, plain);
  requireSynchronousRules(input);
  const errors = validateSync(input, { forbidUnknownValues: false });
  return { input, violations: violationsOf(errors) };
}
