/** The rules a COMPUTED indicator may name; each is implemented below, from a zone's facts. */
export const COMPUTED_RULES = [
  'ESTABLISHMENT_COUNT',
  'JOB_COUNT',
  'PRODUCTIVE_SHARE',
  'ASSOCIATION_SHARE',
  'DENSITY_PER_KM2',
  'DECLARED_RESOURCE_TONNES',
  'NEED_COUNT',
] as const;
export type ComputedRule = (typeof COMPUTED_RULES)[number];

/** What the directory knows of a zone's active organizations and of their declarations. */
export interface ZoneFacts {
  establishments: number;
  jobs: number;
  productiveEstablishments: number;
  associationMembers: number;
  /** Null when the zone has no perimeter. */
  areaKm2: number | null;
  /** Active resources declared in tonnes a year. */
  declaredResourceTonnes: number;
  /** Active needs declared. */
  needCount: number;
}

/** A percentage of the zone's establishments; none when the zone has no establishment. */
function shareOfEstablishments(count: number, facts: ZoneFacts): number | null {
  return facts.establishments === 0 ? null : (100 * count) / facts.establishments;
}

/** The raw value of a rule for a zone; null when the zone lacks what the rule needs. */
export function computeRule(rule: ComputedRule, facts: ZoneFacts): number | null {
  switch (rule) {
    case 'ESTABLISHMENT_COUNT':
      return facts.establishments;
    case 'JOB_COUNT':
      return facts.jobs;
    case 'PRODUCTIVE_SHARE':
      return shareOfEstablishments(facts.productiveEstablishments, facts);
    case 'ASSOCIATION_SHARE':
      return shareOfEstablishments(facts.associationMembers, facts);
    case 'DENSITY_PER_KM2':
      return facts.areaKm2 ? facts.establishments / facts.areaKm2 : null;
    case 'DECLARED_RESOURCE_TONNES':
      return facts.declaredResourceTonnes;
    case 'NEED_COUNT':
      return facts.needCount;
  }
}
