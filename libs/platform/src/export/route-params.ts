import { BadRequestException } from '@nestjs/common';
import { isUUID } from 'class-validator';

/** A route's id parameter, refused with HTTP 400 naming the parameter when it is no UUID. */
export function requireUuidParam(value: string, name: string): string {
  if (!isUUID(value)) throw new BadRequestException(`${name}: must be a UUID`);
  return value;
}

/** A query parameter that must be one of `allowed` when given; HTTP 400 naming it otherwise. */
export function optionalChoiceParam<T extends string>(
  value: unknown,
  name: string,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new BadRequestException(`${name}: must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** A `true`/`false` query parameter, `fallback` when absent; HTTP 400 naming it otherwise. */
export function booleanParam(value: unknown, name: string, fallback: boolean): boolean {
  const choice = optionalChoiceParam(value, name, ['true', 'false'] as const);
  return choice === undefined ? fallback : choice === 'true';
}
