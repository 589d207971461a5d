import type { EnumLabels, Labels } from '@symbiose/taxonomy';
import { DECLARATION_KINDS, DECLARATION_STATUSES } from '../interviews/declaration-events';

export const DECLARATION_KIND_LABELS: EnumLabels<(typeof DECLARATION_KINDS)[number]> =
  Object.freeze({
    NEED: { labelFr: 'Besoin', labelEn: 'Need' },
    RESOURCE: { labelFr: 'Ressource', labelEn: 'Resource' },
  });

export const DECLARATION_STATUS_LABELS: EnumLabels<(typeof DECLARATION_STATUSES)[number]> =
  Object.freeze({
    ACTIVE: { labelFr: 'Active', labelEn: 'Active' },
    WITHDRAWN: { labelFr: 'Retirée', labelEn: 'Withdrawn' },
  });

export const INTERVIEW_STATUS_LABELS = Object.freeze({
  PLANNED: { labelFr: 'Planifié', labelEn: 'Planned' },
  IN_PROGRESS: { labelFr: 'En cours', labelEn: 'In progress' },
  COMPLETED: { labelFr: 'Terminé', labelEn: 'Completed' },
  CANCELLED: { labelFr: 'Annulé', labelEn: 'Cancelled' },
} satisfies Record<string, Labels>);

export const ANSWER_TYPE_LABELS = Object.freeze({
  TEXT: { labelFr: 'Texte libre', labelEn: 'Free text' },
  NUMBER: { labelFr: 'Nombre', labelEn: 'Number' },
  BOOLEAN: { labelFr: 'Oui ou non', labelEn: 'Yes or no' },
  CHOICE: { labelFr: 'Choix unique', labelEn: 'Single choice' },
  MULTI_CHOICE: { labelFr: 'Choix multiple', labelEn: 'Multiple choice' },
} satisfies Record<string, Labels>);
