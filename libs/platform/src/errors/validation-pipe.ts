import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { findUnstorableText } from '../validation/storable-text';
import { BadUserInputError } from './bad-user-input';
import { ErrorReason, LocalizedText } from './error-reasons';

/**
 * What a client sends: GraphQL arguments (which Nest gives pipes as `body`), and a route's body,
 * query and path parameters. Not a resolver's parent, context or info.
 */
const CLIENT_INPUT: ReadonlySet<ArgumentMetadata['type']> = new Set(['body', 'query', 'param']);

/** The reason of a class-validator constraint the API's front ends may want to tell apart. */
const REASON_OF_CONSTRAINT: Readonly<Record<string, ErrorReason>> = {
  maxLength: 'TOO_LONG',
  isUuid: 'NOT_A_UUID',
  min: 'OUT_OF_RANGE',
  max: 'OUT_OF_RANGE',
};

/** The French words of a constraint's refusal, where the platform knows them. */
function frenchOf(constraint: string, english: string): string | undefined {
  if (constraint === 'isUuid')
    return english === 'must be UUIDs' ? 'doivent être des UUID' : 'doit être un UUID';
  const maximum = /\d+/.exec(english)?.[0];
  if (constraint === 'maxLength' && maximum) return `doit compter au plus ${maximum} caractères`;
  return undefined;
}

interface Violation {
  field: string;
  reason: string | LocalizedText;
  code: ErrorReason;
}

function firstViolation(errors: ValidationError[], parent = ''): Violation {
  const error = errors[0];
  const field = parent ? `${parent}.${error.property}` : error.property;
  if (error.constraints) {
    const [constraint, english] = Object.entries(error.constraints)[0];
    const french = frenchOf(constraint, english);
    return {
      field,
      reason: french ? { EN: english, FR: french } : english,
      code: REASON_OF_CONSTRAINT[constraint] ?? 'INVALID_VALUE',
    };
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
  if (found) {
    throw new BadUserInputError(found.field || argument || 'input', found.message, 'NOT_UNICODE');
  }
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
      const { field, reason, code } = firstViolation(errors);
      return new BadUserInputError(field, reason, code);
    },
  });
}
