import type { EnumLabels, Labels } from '@symbiose/taxonomy';
import { PARTICIPANT_ROLES, SYNERGY_KINDS, SYNERGY_STATUSES } from '../synergy/synergy-events';

export const SYNERGY_KIND_LABELS: EnumLabels<(typeof SYNERGY_KINDS)[number]> = Object.freeze({
  COLLECTIVE: { labelFr: 'Mutualisation', labelEn: 'Pooling' },
  B2B: { labelFr: 'Substitution', labelEn: 'Substitution' },
});

export const SYNERGY_STATUS_LABELS: EnumLabels<(typeof SYNERGY_STATUSES)[number]> = Object.freeze({
  DETECTED: { labelFr: 'Détectée', labelEn: 'Detected' },
  QUALIFIED: { labelFr: 'Qualifiée', labelEn: 'Qualified' },
  STUDYING: { labelFr: "À l'étude", labelEn: 'Under study' },
  SELECTED: { labelFr: 'Retenue', labelEn: 'Selected' },
  IMPLEMENTING: { labelFr: 'En cours de mise en œuvre', labelEn: 'Being implemented' },
  OPERATIONAL: { labelFr: 'Opérationnelle', labelEn: 'Operational' },
  DISMISSED: { labelFr: 'Écartée', labelEn: 'Dismissed' },
  ABANDONED: { labelFr: 'Abandonnée', labelEn: 'Abandoned' },
});

export const PARTICIPANT_ROLE_LABELS: EnumLabels<(typeof PARTICIPANT_ROLES)[number]> =
  Object.freeze({
    MEMBER: { labelFr: 'Membre', labelEn: 'Member' },
    SUPPLIER: { labelFr: 'Fournisseur', labelEn: 'Supplier' },
    CONSUMER: { labelFr: 'Preneur', labelEn: 'Consumer' },
  });

export const SYNERGY_ORDER_LABELS = Object.freeze({
  SCORE: { labelFr: 'Meilleur score d’abord', labelEn: 'Best score first' },
  DETECTED_AT: { labelFr: 'Plus récentes d’abord', labelEn: 'Newest first' },
} satisfies Record<string, Labels>);

export const SYNERGY_SUPPLY_LABELS = Object.freeze({
  DECLARED_RESOURCE: { labelFr: 'Ressource déclarée', labelEn: 'Declared resource' },
  TRADE: {
    labelFr: 'Activité du fournisseur (à confirmer)',
    labelEn: "Supplier's trade (to confirm)",
  },
} satisfies Record<string, Labels>);

export const RECOMPUTE_STATE_LABELS = Object.freeze({
  IDLE: { labelFr: 'À jour', labelEn: 'Up to date' },
  PENDING: { labelFr: 'Recalcul demandé', labelEn: 'Recompute requested' },
  RUNNING: { labelFr: 'Recalcul en cours', labelEn: 'Recomputing' },
  FAILED: { labelFr: 'Échec du dernier recalcul', labelEn: 'Last recompute failed' },
} satisfies Record<string, Labels>);

export const DISMISSAL_REASON_LABELS = Object.freeze({
  TECHNICALLY_INCOMPATIBLE: {
    labelFr: 'Techniquement incompatible (matière, qualité, conditions)',
    labelEn: 'Technically incompatible (material, grade, conditions)',
  },
  REGULATORY_OBSTACLE: {
    labelFr: 'Obstacle réglementaire (statut de déchet, autorisation, agrément)',
    labelEn: 'Regulatory obstacle (waste status, permit, approval)',
  },
  QUANTITY_MISMATCH: { labelFr: 'Quantités sans rapport', labelEn: 'Quantities do not match' },
  TOO_FAR: { labelFr: 'Trop éloigné', labelEn: 'Too far apart' },
  TIMING_MISMATCH: {
    labelFr: 'Calendrier ou rythme incompatible',
    labelEn: 'Timing or rhythm does not match',
  },
  ALREADY_IN_PLACE: {
    labelFr: 'Déjà en place ou couvert autrement',
    labelEn: 'Already in place or covered otherwise',
  },
  NOT_INTERESTED: {
    labelFr: 'Les entreprises ne sont pas intéressées',
    labelEn: 'The firms are not interested',
  },
  DUPLICATE: { labelFr: 'Doublon d’une autre synergie', labelEn: 'Duplicate of another synergy' },
  OTHER: { labelFr: 'Autre (précisé dans la note)', labelEn: 'Other (explained in the note)' },
} satisfies Record<string, Labels>);

export const WASTE_FLOW_GROUPING_LABELS = Object.freeze({
  ZONE: { labelFr: 'Par zone', labelEn: 'By zone' },
  WASTE_CODE: { labelFr: 'Par code déchet', labelEn: 'By waste code' },
  THEME: { labelFr: 'Par thème', labelEn: 'By theme' },
} satisfies Record<string, Labels>);

/** The rules a B2B pair is checked against (the engine's pair rules), by their code. */
export const PAIR_RULE_LABELS = Object.freeze({
  HAZARDOUS_WASTE: { labelFr: 'Déchet dangereux', labelEn: 'Hazardous waste' },
  MATERIAL: { labelFr: 'Matière', labelEn: 'Material' },
  TEMPERATURE: { labelFr: 'Température', labelEn: 'Temperature' },
  STORAGE: { labelFr: 'Conditions de stockage', labelEn: 'Storage conditions' },
  WATER_QUALITY: { labelFr: 'Qualité de l’eau', labelEn: 'Water quality' },
  EQUIPMENT_TYPE: { labelFr: 'Type d’équipement', labelEn: 'Equipment type' },
  SKILL: { labelFr: 'Compétence', labelEn: 'Skill' },
  AVAILABILITY: { labelFr: 'Disponibilité', labelEn: 'Availability' },
  HEAT_TRANSPORT: { labelFr: 'Transport de la chaleur', labelEn: 'Heat transport' },
  ELECTRICITY_PERIMETER: {
    labelFr: 'Périmètre de l’autoconsommation collective',
    labelEn: 'Collective self-consumption perimeter',
  },
  NEGLIGIBLE_SUPPLY: { labelFr: 'Lot négligeable', labelEn: 'Negligible supply' },
  COMBUSTION: { labelFr: 'Combustion de déchets', labelEn: 'Combustion of waste' },
  ANIMAL_BY_PRODUCTS: { labelFr: 'Sous-produits animaux', labelEn: 'Animal by-products' },
  LICENSED_SERVICE: { labelFr: 'Activité réglementée', labelEn: 'Licensed service' },
  WASTE_CODE: { labelFr: 'Code déchet', labelEn: 'Waste code' },
  WASTE_FORM: { labelFr: 'Forme du déchet', labelEn: 'Form of the waste' },
} satisfies Record<string, Labels>);

/** A rule's verdict on a proposed pair (a failed rule means no synergy, so it has none). */
export const RULE_VERDICT_LABELS = Object.freeze({
  MET: { labelFr: 'Satisfaite', labelEn: 'Met' },
  TO_CONFIRM: { labelFr: 'À confirmer', labelEn: 'To confirm' },
  STEP_REQUIRED: { labelFr: 'Démarche requise', labelEn: 'Step required' },
} satisfies Record<string, Labels>);

/** The terms of a synergy's score (B2B: the first four; collective: the last two). */
export const SCORE_TERM_LABELS = Object.freeze({
  COMPATIBILITY: { labelFr: 'Compatibilité des catégories', labelEn: 'Category compatibility' },
  QUANTITY_COVERAGE: {
    labelFr: 'Couverture du besoin en quantité',
    labelEn: 'Quantity coverage of the need',
  },
  DISTANCE_DECAY: { labelFr: 'Proximité', labelEn: 'Proximity' },
  FREQUENCY_FIT: { labelFr: 'Accord des rythmes', labelEn: 'Fit of the rhythms' },
  MEMBERS: { labelFr: 'Nombre de membres', labelEn: 'Number of members' },
  SUPPLY_COVERAGE: {
    labelFr: 'Couverture par les fournisseurs',
    labelEn: 'Coverage by the suppliers',
  },
} satisfies Record<string, Labels>);
