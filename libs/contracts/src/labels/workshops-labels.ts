import type { Labels } from '@symbiose/taxonomy';

export const WORKSHOP_KIND_LABELS = Object.freeze({
  AWARENESS_EVENT: { labelFr: 'Réunion de sensibilisation', labelEn: 'Awareness event' },
  NETWORKING: { labelFr: 'Rencontre entre entreprises', labelEn: 'Networking event' },
  PRIORITISATION: { labelFr: 'Atelier de priorisation', labelEn: 'Prioritisation workshop' },
  STEERING_COMMITTEE: { labelFr: 'Comité de pilotage (COPIL)', labelEn: 'Steering committee' },
  TECHNICAL_COMMITTEE: { labelFr: 'Comité technique (COTECH)', labelEn: 'Technical committee' },
  FOLLOW_UP_GROUP: { labelFr: 'Groupe de suivi', labelEn: 'Follow-up group' },
} satisfies Record<string, Labels>);

export const WORKSHOP_STATUS_LABELS = Object.freeze({
  PLANNED: { labelFr: 'Prévu', labelEn: 'Planned' },
  HELD: { labelFr: 'Tenu', labelEn: 'Held' },
  CANCELLED: { labelFr: 'Annulé', labelEn: 'Cancelled' },
} satisfies Record<string, Labels>);

export const ACTION_STATUS_LABELS = Object.freeze({
  PROPOSED: { labelFr: 'Proposée', labelEn: 'Proposed' },
  PRIORITISED: { labelFr: 'Priorisée', labelEn: 'Prioritised' },
  PLANNED: { labelFr: 'Planifiée', labelEn: 'Planned' },
  IN_PROGRESS: { labelFr: 'En cours', labelEn: 'In progress' },
  DONE: { labelFr: 'Réalisée', labelEn: 'Done' },
  DROPPED: { labelFr: 'Abandonnée', labelEn: 'Dropped' },
} satisfies Record<string, Labels>);

export const ACTION_CARRIER_LABELS = Object.freeze({
  ANIMATION: { labelFr: "L'équipe d'animation", labelEn: 'The programme team' },
  COMPANIES: { labelFr: 'Les entreprises', labelEn: 'The firms' },
  PARTNER: { labelFr: 'Un partenaire', labelEn: 'A partner body' },
} satisfies Record<string, Labels>);

export const PRIORITY_QUADRANT_LABELS = Object.freeze({
  QUICK_WIN: { labelFr: 'Gain rapide', labelEn: 'Quick win' },
  MAJOR_PROJECT: { labelFr: 'Projet majeur', labelEn: 'Major project' },
  FILL_IN: { labelFr: "Action d'appoint", labelEn: 'Fill-in' },
  AVOID: { labelFr: 'À éviter', labelEn: 'Avoid' },
} satisfies Record<string, Labels>);
