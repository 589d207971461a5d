import {
  ASTVisitor,
  FieldNode,
  GraphQLField,
  GraphQLNamedType,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  valueFromASTUntyped,
} from 'graphql';
import { MAX_PAGE_SIZE } from './connection';
import { QUERY_TOO_COMPLEX, RefusedQueryError } from './refused-query-error';

/**
 * How many items a list that has no page (`Territory.zones`, `Synergy.participants`) is taken to
 * hold. No such list is bounded by the schema; the largest the LOT'EC figures show (the firms of
 * one zone's shared need, a territory's seven zones) stay under it, and it is what makes a query
 * that nests them (`zones { territory { zones … } }`) cost their product.
 */
export const ASSUMED_LIST_SIZE = 20;

/** Cost of an object the answer holds, besides its fields. */
const OBJECT_COST = 2;
/** Cost of a scalar (or a list of scalars) the answer holds. */
const SCALAR_COST = 1;

/**
 * The field a gateway's query plan fetches entities by: its list is as long as the page the
 * gateway already weighed, so each entity is weighed once here.
 */
const ENTITIES_FIELD = '_entities';

/**
 * The cost of an operation: each object 2 and each scalar 1, times the size of every list it is
 * in. A paged list (`edges`, `nodes` under a field taking `first`) counts as `first`: its literal,
 * else the argument's default; as a variable, the maximum page size; a list with no
 * page counts as ASSUMED_LIST_SIZE. Lists of fragments in fragments are weighed once per size,
 * so that a document built to double at each fragment costs no more to weigh than to read.
 */
class QueryCost {
  private readonly fragmentCosts = new Map<string, number>();

  constructor(
    private readonly context: ValidationContext,
    private readonly operation: OperationDefinitionNode,
  ) {}

  total(): number {
    const root = this.context.getSchema().getRootType(this.operation.operation);
    return root ? this.ofSelections(this.operation.selectionSet, root, undefined, new Set()) : 0;
  }

  private ofSelections(
    selections: SelectionSetNode,
    parent: GraphQLNamedType,
    pageSize: number | undefined,
    fragmentsOpen: Set<string>,
  ): number {
    let cost = 0;
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += this.ofField(selection, parent, pageSize, fragmentsOpen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? this.context.getSchema().getType(selection.typeCondition.name.value)
          : parent;
        if (type) cost += this.ofSelections(selection.selectionSet, type, pageSize, fragmentsOpen);
      } else {
        cost += this.ofFragment(selection.name.value, pageSize, fragmentsOpen);
      }
    }
    return cost;
  }

  private ofFragment(name: string, pageSize: number | undefined, fragmentsOpen: Set<string>) {
    // A fragment that spreads itself is refused by the specified rules; weigh it as nothing.
    if (fragmentsOpen.has(name)) return 0;
    const key = `${name}:${pageSize ?? ''}`;
    const known = this.fragmentCosts.get(key);
    if (known !== undefined) return known;
    const fragment = this.context.getFragment(name);
    const type = fragment && this.context.getSchema().getType(fragment.typeCondition.name.value);
    if (!fragment || !type) return 0;
    fragmentsOpen.add(name);
    const cost = this.ofSelections(fragment.selectionSet, type, pageSize, fragmentsOpen);
    fragmentsOpen.delete(name);
    this.fragmentCosts.set(key, cost);
    return cost;
  }

  private ofField(
    node: FieldNode,
    parent: GraphQLNamedType,
    pageSize: number | undefined,
    fragmentsOpen: Set<string>,
  ): number {
    // Introspection and __typename: the schema's own answers, not the services' rows.
    if (node.name.value.startsWith('__')) return 0;
    const field =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : null;
    if (!field) return 0;
    if (!node.selectionSet) return SCALAR_COST;
    const each =
      OBJECT_COST +
      this.ofSelections(
        node.selectionSet,
        getNamedType(field.type),
        this.pageSizeOf(node, field),
        fragmentsOpen,
      );
    if (!isListType(getNullableType(field.type)) || field.name === ENTITIES_FIELD) return each;
    return each * (pageSize ?? ASSUMED_LIST_SIZE);
  }

  /** The size of the page a field taking `first` gives its lists; undefined if it takes none. */
  private pageSizeOf(node: FieldNode, field: GraphQLField<unknown, unknown>): number | undefined {
    const argument = field.args.find((candidate) => candidate.name === 'first');
    if (!argument) return undefined;
    const given = node.arguments?.find((candidate) => candidate.name.value === 'first')?.value;
    if (!given) return this.sizeOrMaximum(argument.defaultValue);
    // A variable can be given any page size, its default notwithstanding.
    if (given.kind === Kind.VARIABLE) return MAX_PAGE_SIZE;
    return this.sizeOrMaximum(valueFromASTUntyped(given));
  }

  private sizeOrMaximum(size: unknown): number {
    return typeof size === 'number' && size >= 0 ? size : MAX_PAGE_SIZE;
  }
}

/**
 * Refuses an operation whose cost (see QueryCost) is over `maximum`, as QUERY_TOO_COMPLEX naming
 * the limit, its maximum and the cost found.
 */
export function costLimitRule(maximum: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const cost = new QueryCost(context, operation).total();
      if (cost <= maximum) return;
      context.reportError(
        new RefusedQueryError(
          `Query Cost limit of ${maximum} exceeded, found ${Number.isSafeInteger(cost) ? cost : cost.toPrecision(2)}.`,
          QUERY_TOO_COMPLEX,
          { limit: 'cost', maximum },
        ),
      );
    },
  });
}
