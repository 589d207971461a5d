import { findCategory, THEMES } from '@symbiose/taxonomy';
import { DeclarationKind, Theme } from './declaration-enums';

/** Active declarations of one kind in one category, as counted in SQL. */
export interface CategoryKindCount {
  theme: Theme;
  categoryCode: string;
  kind: DeclarationKind;
  count: number;
}

export interface KindCounts {
  needCount: number;
  resourceCount: number;
}

export interface ThemeCounts extends KindCounts {
  theme: Theme;
}

export interface CategoryCounts extends KindCounts {
  categoryCode: string;
  labelFr: string;
  theme: Theme;
}

export interface NeedsSummary extends KindCounts {
  /** Every theme, in the order of THEMES, with zeros. */
  byTheme: ThemeCounts[];
  /** The categories declared at least once, most needs first, then by code. */
  byCategory: CategoryCounts[];
}

function kindCounts(rows: readonly CategoryKindCount[]): KindCounts {
  const total = (kind: DeclarationKind) =>
    rows.filter((row) => row.kind === kind).reduce((sum, row) => sum + row.count, 0);
  return { needCount: total('NEED'), resourceCount: total('RESOURCE') };
}

export function summariseNeeds(rows: readonly CategoryKindCount[]): NeedsSummary {
  const categoryCodes = [...new Set(rows.map((row) => row.categoryCode))];
  const byCategory = categoryCodes.map((categoryCode) => {
    const ofCategory = rows.filter((row) => row.categoryCode === categoryCode);
    return {
      categoryCode,
      labelFr: findCategory(categoryCode)?.labelFr ?? categoryCode,
      theme: ofCategory[0].theme,
      ...kindCounts(ofCategory),
    };
  });
  return {
    ...kindCounts(rows),
    byTheme: THEMES.map((theme) => ({
      theme,
      ...kindCounts(rows.filter((row) => row.theme === theme)),
    })),
    byCategory: byCategory.sort(
      (a, b) => b.needCount - a.needCount || (a.categoryCode < b.categoryCode ? -1 : 1),
    ),
  };
}
