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
  first: number = DEFAULT_PAGE_SIZE;

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

/** The Relay connection type of a node type: edges, nodes, pageInfo and totalCount. */
export function ConnectionType<T>(nodeType: Type<T>): Type<Connection<T>> {
  @ObjectType(`${nodeType.name}Edge`)
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

function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString();
  const offset = Number(decoded.slice(CURSOR_PREFIX.length));
  if (!decoded.startsWith(CURSOR_PREFIX) || !Number.isInteger(offset) || offset < 0) {
    throw new BadUserInputError('after', 'is not a cursor this API gave');
  }
  return offset;
}

/**
 * Runs a query one page at a time. The query must have a total order (end
 * its ORDER BY with a unique column) for pages to neither skip nor repeat rows.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  { first, after }: PageArgs,
): Promise<Connection<T>> {
  const start = after == null ? 0 : decodeCursor(after) + 1;
  const [nodes, totalCount] = await query.skip(start).take(first).getManyAndCount();
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
