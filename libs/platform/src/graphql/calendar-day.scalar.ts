import { GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { isCalendarDate } from '../validation/calendar-date';
import { refuseScalarLiteral, refuseScalarValue } from './scalar-refusal';

/** Why a value is not a day (graphql-js puts it at the end of its own message). */
export const CALENDAR_DAY_REFUSAL = {
  EN: 'must be a date, YYYY-MM-DD',
  FR: 'doit être une date, AAAA-MM-JJ',
};

function parsed(value: unknown): string {
  if (!isCalendarDate(value)) refuseScalarValue(CALENDAR_DAY_REFUSAL);
  return value as string;
}

/**
 * `Date`: a day of the calendar, no time and no zone, written YYYY-MM-DD (ISO 8601). Instants
 * are `DateTime`. Held as that string on both sides: a day read from a `date` column stays the
 * day it was written, whatever the server's time zone.
 */
export const CalendarDayScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD (ISO 8601), with no time and no time zone',
  // A bad day on the way out is the server's fault, not the client's: a plain error.
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (!isCalendarDate(value)) throw new TypeError(`${String(value)} is not a day, YYYY-MM-DD`);
    return value as string;
  },
  parseValue: parsed,
  parseLiteral: (node: ValueNode) => {
    if (node.kind !== Kind.STRING || !isCalendarDate(node.value)) {
      refuseScalarLiteral(CALENDAR_DAY_REFUSAL);
    }
    return node.value;
  },
});
