import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { IncomingMessage } from 'node:http';
import { Principal } from '@symbiose/tokens';
import { Locale, requestLocale } from '../http/request-locale';

/**
 * The DataLoaders of one GraphQL request, made on first use. Loaders live as
 * long as the request, so nothing is cached between users.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly memos = new Map<string, Map<unknown, unknown>>();

  /** `cacheKey` tells keys apart that are objects: by value rather than by identity. */
  get<K, V>(
    name: string,
    batch: (keys: readonly K[]) => Promise<(V | Error)[]>,
    cacheKey?: (key: K) => unknown,
  ): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<unknown, unknown>(
        batch as (keys: readonly unknown[]) => Promise<unknown[]>,
        { cacheKeyFn: cacheKey as ((key: unknown) => unknown) | undefined },
      );
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /**
   * A map that lives as long as the request, made on first use: for what a request decides once
   * and reads back at once (without a promise) every time after.
   */
  memo<K, V>(name: string): Map<K, V> {
    let memo = this.memos.get(name);
    if (!memo) {
      memo = new Map<unknown, unknown>();
      this.memos.set(name, memo);
    }
    return memo as Map<K, V>;
  }

  /** The request's loader of rows by id: one `findByIds` for every id asked, null where none. */
  byId<V extends { id: string }>(
    name: string,
    findByIds: (ids: readonly string[]) => Promise<V[]>,
  ): DataLoader<string, V | null> {
    return this.get<string, V | null>(name, async (ids) =>
      alignToKeys(ids, await findByIds(ids), (row) => row.id),
    );
  }
}

export interface GraphQLRequestContext {
  req: IncomingMessage & { id?: unknown };
  loaders: RequestLoaders;
  /** Who asks: the subgraph refuses a request without an acceptable token before any resolver runs. */
  principal: Principal;
}

/**
 * The arguments of a field that takes none. A field resolver of an object that takes GraphQL's
 * own arguments, `(parent: Synergy, _args: NoArgs, { loaders }: GraphQLRequestContext)`, rather
 * than Nest's parameter decorators, is called by Nest as it is: no pipe, execution context or
 * promise of Nest's per field, which a page of objects pays for each of its fields.
 */
export type NoArgs = Record<string, never>;

/** Injects the request's principal into a resolver. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal =>
    GqlExecutionContext.create(context).getContext<GraphQLRequestContext>().principal,
);

/** Injects the language the request asks for (its Accept-Language) into a resolver. */
export const CurrentLocale = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Locale =>
    requestLocale(GqlExecutionContext.create(context).getContext<GraphQLRequestContext>().req),
);

/** Injects the request's loaders into a resolver. */
export const Loaders = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestLoaders =>
    GqlExecutionContext.create(context).getContext<GraphQLRequestContext>().loaders,
);

/** Orders the rows a batch fetched as the keys asked, with null where a key has no row. */
export function alignToKeys<K, V>(
  keys: readonly K[],
  rows: V[],
  keyOf: (row: V) => K,
): (V | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** The rows of each key, in the order of the keys and of the rows: what a one-to-many batch returns. */
export function groupToKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
