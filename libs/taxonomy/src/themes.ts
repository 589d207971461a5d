/** The five themes of the interview grid; every category belongs to exactly one. */
export const THEMES = [
  'SERVICES',
  'EQUIPMENT',
  'MATERIALS_WASTE',
  'HR_ANIMATION',
  'FLUIDS',
] as const;

export type Theme = (typeof THEMES)[number];

export interface ThemeLabels {
  readonly labelFr: string;
  readonly labelEn: string;
}

export const THEME_LABELS: Readonly<Record<Theme, ThemeLabels>> = Object.freeze({
  SERVICES: { labelFr: 'Services', labelEn: 'Services' },
  EQUIPMENT: { labelFr: 'Équipements', labelEn: 'Equipment' },
  MATERIALS_WASTE: { labelFr: 'Matières et déchets', labelEn: 'Materials and waste' },
  HR_ANIMATION: {
    labelFr: 'Ressources humaines et animation',
    labelEn: 'Human resources and facilitation',
  },
  FLUIDS: { labelFr: 'Fluides (énergie et eau)', labelEn: 'Fluids (energy and water)' },
});

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}
