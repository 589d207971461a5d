import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { findUnstorableText } from '../validation/storable-text';
import { BadUserInputError } from './bad-user-input';

/**
 * What a client sends: GraphQL arguments (which Nest gives pipes as `body`), and a route's body,
 * query and path parameters. Not a resolver's parent, context or info.
 */
const CLIENT_INPUT: ReadonlySet<ArgumentMetadata['type']> = new Set(['body', 'query', 'param']);

function firstViolation(errors: ValidationError[], parent = ''): { field: string; reason: string } {
  const error = errors[0];
  const field = parent ? `${parent}.${error.property}` : error.property;
  if (error.constraints) {
    return { field, reason: Object.values(error.constraints)[0] };
  }
  return firstViolation(error.children ?? [], field);
}

/**
 * Refuses text no service can store (a NUL character, a lone surrogate) in any string of the
 * input, whatever its type says, before anything else looks at it. An input object's fields are
 * named as class-validator names them (`address.city`); a scalar argument by its own name.
 */
function refuseUnstorableText(value: unknown, { data }: ArgumentMetadata): void {
  const argument = typeof data === 'string' ? data : '';
  const isInputObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const found = findUnstorableText(value, isInputObject ? '' : argument);
  if (found) throw new BadUserInputError(found.field || argument || 'input', found.reason);
}

class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (CLIENT_INPUT.has(metadata.type)) refuseUnstorableText(value, metadata);
    return super.transform(value, metadata);
  }
}

/**
 * Validates GraphQL inputs with class-validator and reports the first bad field as
 * BAD_USER_INPUT; every string of every input is first checked to be storable text.
 */
export function createInputValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const { field, reason } = firstViolation(errors);
      return new BadUserInputError(field, reason);
    },
  });
}
