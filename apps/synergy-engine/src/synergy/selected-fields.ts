import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/** The names of the fields a selection set asks, through its fragments, inline or named. */
function fieldNamesOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: GraphQLResolveInfo['fragments'],
  names: Set<string>,
): Set<string> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) names.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      fieldNamesOf(selection.selectionSet, fragments, names);
    } else fieldNamesOf(fragments[selection.name.value]?.selectionSet, fragments, names);
  }
  return names;
}

/**
 * Whether the field being resolved asks of its value no field but these (and `__typename`):
 * `synergies { totalCount }` needs a count, not a page. A field under `@skip` or `@include`
 * counts as asked, which errs toward resolving more.
 */
export function asksOnly(info: GraphQLResolveInfo, fields: readonly string[]): boolean {
  const names = new Set<string>();
  for (const node of info.fieldNodes) fieldNamesOf(node.selectionSet, info.fragments, names);
  return [...names].every((name) => name === '__typename' || fields.includes(name));
}
