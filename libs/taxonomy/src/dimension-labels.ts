import type { Dimension } from './dimensions';
import type { EnumLabels } from './labels';

export const DIMENSION_LABELS: EnumLabels<Dimension> = Object.freeze({
  MASS: { labelFr: 'Masse', labelEn: 'Mass' },
  VOLUME: { labelFr: 'Volume', labelEn: 'Volume' },
  ENERGY: { labelFr: 'Énergie', labelEn: 'Energy' },
  TIME: { labelFr: 'Temps de travail', labelEn: 'Working time' },
  COUNT: { labelFr: 'Nombre', labelEn: 'Count' },
  NONE: { labelFr: 'Sans quantité', labelEn: 'No quantity' },
});
