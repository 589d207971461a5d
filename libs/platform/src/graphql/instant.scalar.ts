import { CustomScalar, Scalar } from '@nestjs/graphql';
import { GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { isCalendarDate } from '../validation/calendar-date';
import { refuseScalarLiteral, refuseScalarValue } from './scalar-refusal';

/** Why a value is not an instant (graphql-js puts it at the end of its own message). */
export const INSTANT_REFUSAL = {
  EN: 'must be a date and time, ISO 8601 with its offset',
  FR: 'doit être une date et une heure ISO 8601, avec son décalage horaire',
};
const DESCRIPTION =
  'An instant, ISO 8601 with its offset (2026-03-16T09:00:00+01:00); answered in UTC';
/** An instant is read wherever it is written: its offset (or Z) is part of it. */
const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant `value` writes, or undefined when it is not an ISO 8601 instant with its offset. */
export function instantOf(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const written = INSTANT.exec(value);
  // Date would read 30 February as 2 March: the day is checked on its own.
  if (!written || !isCalendarDate(written[1])) return undefined;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

function parsed(value: unknown): Date {
  const instant = instantOf(value);
  if (!instant) refuseScalarValue(INSTANT_REFUSAL);
  return instant;
}

/**
 * `DateTime`: an instant, ISO 8601 with its offset (`2026-03-16T09:00:00+01:00`), read as a
 * `Date`; answered in UTC (`2026-03-16T08:00:00.000Z`). Days are `Date`.
 */
export const InstantScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: DESCRIPTION,
  // What a resolver answers may come from a driver's own text (`2026-03-16 08:00:00+00`): any
  // instant Date reads is answered in UTC. A bad one is the server's fault: a plain error.
  serialize: (value) => {
    const instant = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(instant.getTime())) {
      throw new TypeError(`${String(value)} is not an instant, ISO 8601 with its offset`);
    }
    return instant.toISOString();
  },
  parseValue: parsed,
  parseLiteral: (node: ValueNode) => {
    const instant = node.kind === Kind.STRING ? instantOf(node.value) : undefined;
    if (!instant) refuseScalarLiteral(INSTANT_REFUSAL);
    return instant;
  },
});

/** The same scalar as a Nest provider: Nest then maps every Date-typed field to it. */
@Scalar('DateTime', () => Date)
export class InstantScalarProvider implements CustomScalar<string, Date> {
  readonly description = DESCRIPTION;
  readonly parseValue = InstantScalar.parseValue;
  readonly serialize = InstantScalar.serialize;
  readonly parseLiteral = InstantScalar.parseLiteral;
}
