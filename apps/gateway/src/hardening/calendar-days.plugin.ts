import { ApolloServerPlugin } from '@apollo/server';
import { isScalarType } from 'graphql';
import { CalendarDayScalar } from '@symbiose/platform';

/**
 * Gives the gateway's schema the `Date` scalar's own parsing. The gateway builds its schema from
 * the composed SDL, where a custom scalar takes any value: a day that does not exist would reach
 * a subgraph, whose refusal comes back as a failed subgraph call. With the parsing here, it is
 * refused as the subgraphs refuse it, BAD_USER_INPUT naming its field, before any call.
 */
export function calendarDaysPlugin(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema }) {
          const type = apiSchema.getType(CalendarDayScalar.name);
          if (!isScalarType(type)) return;
          Object.assign(type, {
            parseValue: CalendarDayScalar.parseValue,
            parseLiteral: CalendarDayScalar.parseLiteral,
            serialize: CalendarDayScalar.serialize,
          });
        },
      };
    },
  };
}
