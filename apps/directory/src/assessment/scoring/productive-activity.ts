/**
 * NAF rev. 2 divisions counted as productive activities, the mix LOT'EC looked for: industry
 * (section C, divisions 10–33), construction (section F, 41–43), logistics (section H, transport
 * and warehousing, 49–53) and the crafts that sit outside those sections: motor-vehicle repair
 * (45, garages) and the repair of personal goods (95). Trade, services and public bodies are not.
 */
const PRODUCTIVE_DIVISIONS: readonly [number, number][] = [
  [10, 33],
  [41, 43],
  [45, 45],
  [49, 53],
  [95, 95],
];

/** Whether a NAF sub-class code (e.g. 25.62B) is of a productive activity. */
export function isProductiveActivity(nafCode: string | null): boolean {
  if (!nafCode) return false;
  const division = Number(nafCode.slice(0, 2));
  return PRODUCTIVE_DIVISIONS.some(([first, last]) => division >= first && division <= last);
}
