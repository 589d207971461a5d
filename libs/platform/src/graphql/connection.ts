import { Type } from '@nestjs/common';
import { ArgsType, Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError } from '../errors/bad-user-input';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'must be zero or more' })
  @Max(MAX_PAGE_SIZE, { message: `must be at most ${MAX_PAGE_SIZE}` })
  first: number | null = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  after?: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * The Relay connection type of a node type: edges, nodes, pageInfo and
 * totalCount. `nodeName` is the node's GraphQL name; its edge type is
 * `<nodeName>Edge`. The class is abstract: extend it as
 * `@ObjectType('<nodeName>Connection') class … extends ConnectionType(…) {}`,
 * or the schema names the type after this function's inner class.
 */
export function ConnectionType<T>(nodeType: Type<T>, nodeName: string): Type<Connection<T>> {
  @ObjectType(`${nodeName}Edge`)
  class EdgeType {
    @Field(() => nodeType)
    node: T;

    @Field()
    cursor: string;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}

const CURSOR_PREFIX = 'offset:';
/** The offset in a cursor: decimal digits, without the sign, exponent or fraction Number reads. */
const CURSOR = /^offset:(0|[1-9][0-9]{0,9})$/;
/**
 * The furthest offset a cursor may hold: PostgreSQL's largest integer, past any table's row
 * count here; a larger one would only make the database refuse the query or count to it.
 */
const MAX_CURSOR_OFFSET = 2 ** 31 - 1;

function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const offset = CURSOR.exec(Buffer.from(cursor, 'base64url').toString())?.[1];
  if (offset === undefined || Number(offset) > MAX_CURSOR_OFFSET) {
    throw new BadUserInputError('after', 'is not a cursor this API gave');
  }
  return Number(offset);
}

/** The offset and size of the page asked; an explicit null `first` gets the default size, not every row. */
export function pageWindow({ first, after }: PageArgs): { start: number; size: number } {
  return {
    start: after == null ? 0 : decodeCursor(after) + 1,
    size: first ?? DEFAULT_PAGE_SIZE,
  };
}

/** The Relay connection of a page of `nodes` found at `start` among `totalCount`. */
export function connectionOf<T>(nodes: T[], start: number, totalCount: number): Connection<T> {
  const edges = nodes.map((node, index) => ({ node, cursor: encodeCursor(start + index) }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: start + nodes.length < totalCount,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * Runs a query one page at a time. The query must have a total order (end
 * its ORDER BY with a unique column) for pages to neither skip nor repeat rows.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  page: PageArgs,
): Promise<Connection<T>> {
  const { start, size } = pageWindow(page);
  const [nodes, totalCount] = await query.skip(start).take(size).getManyAndCount();
  return connectionOf(nodes, start, totalCount);
}

/** Pages a list held in memory, with the same connection shape and cursors as `paginate`. */
export function paginateList<T>(items: readonly T[], page: PageArgs): Connection<T> {
  const { start, size } = pageWindow(page);
  return connectionOf(items.slice(start, start + size), start, items.length);
}
