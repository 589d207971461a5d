import { ValidationError, ValidationPipe } from '@nestjs/common';
import { BadUserInputError } from './bad-user-input';

function firstViolation(errors: ValidationError[], parent = ''): { field: string; reason: string } {
  const error = errors[0];
  const field = parent ? `${parent}.${error.property}` : error.property;
  if (error.constraints) {
    return { field, reason: Object.values(error.constraints)[0] };
  }
  return firstViolation(error.children ?? [], field);
}

/** Validates GraphQL inputs with class-validator and reports the first bad field as BAD_USER_INPUT. */
export function createInputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const { field, reason } = firstViolation(errors);
      return new BadUserInputError(field, reason);
    },
  });
}
