import { ApolloServerPlugin } from '@apollo/server';
import {
  CalendarDayScalar,
  InstantScalar,
  PerimeterScalar,
  withScalarParsing,
} from '@symbiose/platform';

/**
 * Gives the gateway's schema the `Date`, `DateTime` and `Perimeter` scalars' own parsing. The
 * gateway builds its schema from the composed SDL, where a custom scalar takes any value: a day
 * that does not exist would reach a subgraph, whose refusal comes back as a failed subgraph
 * call. With the parsing here, it is refused as the subgraphs refuse it, BAD_USER_INPUT naming
 * its field, before any call.
 */
export function calendarDaysPlugin(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema }) {
          withScalarParsing(apiSchema, [CalendarDayScalar, InstantScalar, PerimeterScalar]);
        },
      };
    },
  };
}
