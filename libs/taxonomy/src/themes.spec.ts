import { THEMES, THEME_LABELS, isTheme } from './themes';

describe('themes', () => {
  it('are the five themes of the interview grid, in order', () => {
    expect(THEMES).toEqual(['SERVICES', 'EQUIPMENT', 'MATERIALS_WASTE', 'HR_ANIMATION', 'FLUIDS']);
  });

  it('each have a French and an English label', () => {
    for (const theme of THEMES) {
      expect(THEME_LABELS[theme].labelFr.trim()).not.toBe('');
      expect(THEME_LABELS[theme].labelEn.trim()).not.toBe('');
    }
    expect(THEME_LABELS.MATERIALS_WASTE.labelFr).toBe('Matières et déchets');
  });

  it('recognises only the five codes', () => {
    expect(isTheme('FLUIDS')).toBe(true);
    expect(isTheme('fluids')).toBe(false);
    expect(isTheme(undefined)).toBe(false);
  });
});
