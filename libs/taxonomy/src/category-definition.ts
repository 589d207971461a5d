import type { Dimension } from './dimensions';

/** The `kind` of a declaration: the same values as `DECLARATION_KINDS` in @symbiose/contracts. */
export type DeclarationKind = 'NEED' | 'RESOURCE';

/** A category as written in the catalogue; `categories.ts` fills in the theme and defaults. */
export interface CategoryDefinition {
  /** Stable, UPPER_SNAKE; stored in declarations, so never renamed once used. */
  readonly code: string;
  readonly labelFr: string;
  readonly labelEn: string;
  readonly dimension: Dimension;
  /** Six-digit European waste codes a declaration of this category may carry. */
  readonly wasteCodes?: readonly string[];
  /** One of the eleven collective needs of the programme. */
  readonly collectiveNeed?: boolean;
  /** Kinds of declaration the category makes sense in; both unless said otherwise. */
  readonly declarationKinds?: readonly DeclarationKind[];
}
