import type { EnumLabels, Labels } from '@symbiose/taxonomy';
import { ORGANIZATION_KINDS, ORGANIZATION_STATUSES } from '../directory/organization-events';
import { ZONE_KINDS } from '../directory/zone-events';

export const ORGANIZATION_KIND_LABELS: EnumLabels<(typeof ORGANIZATION_KINDS)[number]> =
  Object.freeze({
    COMPANY: { labelFr: 'Entreprise', labelEn: 'Company' },
    PUBLIC_BODY: { labelFr: 'Organisme public', labelEn: 'Public body' },
    ASSOCIATION: { labelFr: 'Association', labelEn: 'Association' },
    CONSULTANCY: { labelFr: "Bureau d'études", labelEn: 'Consultancy' },
  });

export const ORGANIZATION_STATUS_LABELS: EnumLabels<(typeof ORGANIZATION_STATUSES)[number]> =
  Object.freeze({
    ACTIVE: { labelFr: 'Active', labelEn: 'Active' },
    ARCHIVED: { labelFr: 'Archivée', labelEn: 'Archived' },
  });

export const ZONE_KIND_LABELS: EnumLabels<(typeof ZONE_KINDS)[number]> = Object.freeze({
  INDUSTRIAL: { labelFr: 'Industrielle', labelEn: 'Industrial' },
  COMMERCIAL: { labelFr: 'Commerciale', labelEn: 'Commercial' },
  ARTISANAL: { labelFr: 'Artisanale', labelEn: 'Craft' },
  MIXED: { labelFr: 'Mixte', labelEn: 'Mixed' },
});

export const DYNAMIC_LABELS = Object.freeze({
  TERRITORIAL: { labelFr: 'Dynamique territoriale', labelEn: 'Territorial dynamic' },
  ECONOMIC: { labelFr: 'Dynamique économique', labelEn: 'Economic dynamic' },
  ENVIRONMENTAL: { labelFr: 'Dynamique environnementale', labelEn: 'Environmental dynamic' },
  SOCIAL_ORGANISATIONAL: {
    labelFr: 'Dynamique sociale et organisationnelle',
    labelEn: 'Social and organisational dynamic',
  },
} satisfies Record<string, Labels>);

export const INDICATOR_KIND_LABELS = Object.freeze({
  COMPUTED: { labelFr: 'Calculé à partir des données', labelEn: 'Computed from the data' },
  ENTERED: { labelFr: "Saisi par l'animateur", labelEn: 'Entered by the facilitator' },
} satisfies Record<string, Labels>);

export const COMPUTED_RULE_LABELS = Object.freeze({
  ESTABLISHMENT_COUNT: { labelFr: "Nombre d'établissements", labelEn: 'Number of establishments' },
  JOB_COUNT: { labelFr: "Nombre d'emplois", labelEn: 'Number of jobs' },
  PRODUCTIVE_SHARE: {
    labelFr: 'Part des établissements productifs (%)',
    labelEn: 'Share of productive establishments (%)',
  },
  ASSOCIATION_SHARE: {
    labelFr: "Part des établissements membres de l'association (%)",
    labelEn: 'Share of establishments in the business association (%)',
  },
  DENSITY_PER_KM2: {
    labelFr: 'Établissements par km²',
    labelEn: 'Establishments per km²',
  },
  DECLARED_RESOURCE_TONNES: {
    labelFr: 'Ressources déclarées (t/an)',
    labelEn: 'Declared resources (t/year)',
  },
  NEED_COUNT: { labelFr: 'Nombre de besoins déclarés', labelEn: 'Number of declared needs' },
} satisfies Record<string, Labels>);

export const WEBHOOK_DELIVERY_STATUS_LABELS = Object.freeze({
  PENDING: { labelFr: 'En attente', labelEn: 'Pending' },
  DELIVERED: { labelFr: 'Remis', labelEn: 'Delivered' },
  FAILED: { labelFr: 'Échec', labelEn: 'Failed' },
  SKIPPED: {
    labelFr: 'Abandonné (abonnement désactivé)',
    labelEn: 'Skipped (subscription disabled)',
  },
} satisfies Record<string, Labels>);
