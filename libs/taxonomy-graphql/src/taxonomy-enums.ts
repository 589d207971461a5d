import { DECLARATION_KIND_LABELS, DECLARATION_KINDS } from '@symbiose/contracts';
import { enumObject, registerLabelledEnum } from '@symbiose/platform';
import { DIMENSION_LABELS, DIMENSIONS, THEME_LABELS, THEMES } from '@symbiose/taxonomy';

/*
 * The enums of the taxonomy's types, registered once for every subgraph that returns a Category:
 * the same definition everywhere, as federation requires of a type several subgraphs declare.
 */

export type Theme = (typeof THEMES)[number];
export const Theme = enumObject(THEMES);

export type DeclarationKind = (typeof DECLARATION_KINDS)[number];
export const DeclarationKind = enumObject(DECLARATION_KINDS);

export const Dimension = enumObject(DIMENSIONS);

registerLabelledEnum(Theme, { name: 'Theme' }, THEME_LABELS);
registerLabelledEnum(
  DeclarationKind,
  {
    name: 'DeclarationKind',
    description: 'NEED: what the organization lacks or consumes; RESOURCE: what it has or discards',
  },
  DECLARATION_KIND_LABELS,
);
registerLabelledEnum(
  Dimension,
  {
    name: 'Dimension',
    description: 'What the quantities of a category measure; NONE: declared without a quantity',
  },
  DIMENSION_LABELS,
);
