/** The columns of a synergy `s` its impact is worked out from. */
export const IMPACT_COLUMNS = `s.kind, s.category_code AS "categoryCode",
  s.resource_category_code AS "resourceCategoryCode", s.distance_km AS "distanceKm", s.score,
  s.rationale, s.combined_annual_quantity AS "combinedAnnualQuantity",
  s.organization_ids AS "organizationIds"`;
