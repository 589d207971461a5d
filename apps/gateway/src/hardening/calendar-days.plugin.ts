import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLScalarType, isScalarType } from 'graphql';
import { CalendarDayScalar, InstantScalar } from '@symbiose/platform';

const CHECKED_SCALARS: GraphQLScalarType[] = [CalendarDayScalar, InstantScalar];

/**
 * Gives the gateway's schema the `Date` and `DateTime` scalars' own parsing. The gateway builds
 * its schema from the composed SDL, where a custom scalar takes any value: a day that does not
 * exist would reach a subgraph, whose refusal comes back as a failed subgraph call. With the
 * parsing here, it is refused as the subgraphs refuse it, BAD_USER_INPUT naming its field,
 * before any call.
 */
export function calendarDaysPlugin(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema }) {
          for (const scalar of CHECKED_SCALARS) {
            const type = apiSchema.getType(scalar.name);
            if (!isScalarType(type)) continue;
            Object.assign(type, {
              parseValue: scalar.parseValue,
              parseLiteral: scalar.parseLiteral,
              serialize: scalar.serialize,
            });
          }
        },
      };
    },
  };
}
