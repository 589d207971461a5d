import { FREQUENCIES, findWasteCode, type Compatibility, type Frequency } from '@symbiose/taxonomy';
import { frequencyFit } from './b2b-score';
import { RADIANS } from './great-circle';
import type { MatchableDeclaration } from './matchable-declaration';
import { declarationMayRefuse, mayTakeHazardousWaste } from './pair-rules';

/**
 * What the pair search reads of each declaration, by slot (its position in the input), in typed
 * arrays: a scan then reads numbers in sequence rather than objects scattered over the heap.
 */
export interface DeclarationColumns {
  /** Radians, and the cosine of the latitude, as `haversineKm` reads them. */
  readonly latitudes: Float64Array;
  readonly longitudes: Float64Array;
  readonly cosLatitudes: Float64Array;
  /** The annual quantity when positive, else NaN: what `quantityBasis` compares. */
  readonly quantities: Float64Array;
  /** The canonical unit as a small integer, -1 when none. */
  readonly units: Int32Array;
  /** The rhythm's index in FREQUENCIES, NO_FREQUENCY when none is given. */
  readonly frequencies: Int32Array;
  /** The recognised waste code as a small integer, -1 when none. */
  readonly wastes: Int32Array;
  readonly organizations: Int32Array;
  /** 1 when the declaration may take hazardous waste. */
  readonly authorised: Uint8Array;
  /** 1 when a pair rule may refuse a pair for what the declaration states. */
  readonly mayRefuse: Uint8Array;
}

/** One territory's needs of one category: a range of the need columns, by latitude. */
export interface LatitudeStrip {
  readonly start: number;
  readonly end: number;
}

/**
 * The needs' columns in strip order, so that a resource's scan reads memory in sequence rather
 * than at the needs' scattered slots; with each need's slot and its coordinates in degrees, which
 * the strips are sorted and boxed by.
 */
export interface NeedColumns extends DeclarationColumns {
  readonly slots: Int32Array;
  readonly latitudeDegrees: Float64Array;
  readonly longitudeDegrees: Float64Array;
}

const NO_FREQUENCY = FREQUENCIES.length;
const FREQUENCY_SLOTS = FREQUENCIES.length + 1;
const FREQUENCY_INDEX = new Map<Frequency, number>(FREQUENCIES.map((f, i) => [f, i]));

/** `frequencyFit` of every (resource, need) couple of rhythms, none last (NaN: unknown). */
const FREQUENCY_FITS = (() => {
  const rhythms: (Frequency | null)[] = [...FREQUENCIES, null];
  const table = new Float64Array(FREQUENCY_SLOTS * FREQUENCY_SLOTS);
  rhythms.forEach((resource, i) =>
    rhythms.forEach((need, j) => {
      table[i * FREQUENCY_SLOTS + j] = frequencyFit(resource, need);
    }),
  );
  return table;
})();

/** The frequency term of two entries of the `frequencies` column. */
export function frequencyFitOf(resourceFrequency: number, needFrequency: number): number {
  return FREQUENCY_FITS[resourceFrequency * FREQUENCY_SLOTS + needFrequency];
}

/**
 * Whether two quantities of a category pair that counts them in one dimension compare: both
 * known (entries of the `quantities` column), in one unit (of the `units` column). The search
 * and the allocation read `quantityBasis` so, from the columns.
 */
export function quantitiesCompare(
  entry: Compatibility,
  offered: number,
  offeredUnit: number,
  wanted: number,
  wantedUnit: number,
): boolean {
  return (
    entry.quantitiesComparable &&
    offeredUnit >= 0 &&
    offered > 0 &&
    wanted > 0 &&
    wantedUnit === offeredUnit
  );
}

/** Small integer ids for strings (organizations, units, waste codes). */
class Interner {
  private readonly ids = new Map<string, number>();

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(value, id);
    }
    return id;
  }
}

/** Ids of waste codes by their canonical code, each spelling looked up in the list once. */
class WasteCodeIds {
  private readonly codes = new Interner();
  private readonly bySpelling = new Map<string, number>();

  id(spelling: string | null): number {
    if (!spelling) return -1;
    let id = this.bySpelling.get(spelling);
    if (id === undefined) {
      const found = findWasteCode(spelling);
      id = found ? this.codes.id(found.code) : -1;
      this.bySpelling.set(spelling, id);
    }
    return id;
  }
}

export function declarationColumns(
  declarations: readonly MatchableDeclaration[],
): DeclarationColumns {
  const n = declarations.length;
  const columns = {
    latitudes: new Float64Array(n),
    longitudes: new Float64Array(n),
    cosLatitudes: new Float64Array(n),
    quantities: new Float64Array(n),
    units: new Int32Array(n),
    frequencies: new Int32Array(n),
    wastes: new Int32Array(n),
    organizations: new Int32Array(n),
    authorised: new Uint8Array(n),
    mayRefuse: new Uint8Array(n),
  };
  const organizationIds = new Interner();
  const unitIds = new Interner();
  const wasteIds = new WasteCodeIds();
  declarations.forEach((declaration, slot) => {
    columns.latitudes[slot] = declaration.latitude * RADIANS;
    columns.longitudes[slot] = declaration.longitude * RADIANS;
    columns.cosLatitudes[slot] = Math.cos(columns.latitudes[slot]);
    const quantity = declaration.annualQuantity;
    columns.quantities[slot] = quantity !== null && quantity > 0 ? quantity : NaN;
    const unit = declaration.canonicalUnit;
    columns.units[slot] = unit === null ? -1 : unitIds.id(unit);
    const frequency = declaration.frequency;
    columns.frequencies[slot] =
      frequency === null ? NO_FREQUENCY : (FREQUENCY_INDEX.get(frequency) ?? NO_FREQUENCY);
    columns.wastes[slot] = wasteIds.id(declaration.wasteCode);
    columns.organizations[slot] = organizationIds.id(declaration.organizationId);
    columns.authorised[slot] = mayTakeHazardousWaste(declaration) ? 1 : 0;
    columns.mayRefuse[slot] = declarationMayRefuse(declaration) ? 1 : 0;
  });
  return columns;
}

type Column = Float64Array | Int32Array | Uint8Array;

/** `column` read at the slots of `order`. */
function inOrder<T extends Column>(column: T, order: Int32Array): T {
  const copy = new (column.constructor as new (length: number) => T)(order.length);
  for (let i = 0; i < order.length; i += 1) copy[i] = column[order[i]];
  return copy;
}

/** Lays the needs out group by group, each by latitude (then slot), as the scans read them. */
export function needColumnsOf(
  needGroups: ReadonlyMap<string, number[]>,
  declarations: readonly MatchableDeclaration[],
  bySlot: DeclarationColumns,
): { columns: NeedColumns; strips: Map<string, LatitudeStrip> } {
  const latitudeOfSlot = new Float64Array(declarations.length);
  const longitudeOfSlot = new Float64Array(declarations.length);
  declarations.forEach((declaration, slot) => {
    latitudeOfSlot[slot] = declaration.latitude;
    longitudeOfSlot[slot] = declaration.longitude;
  });
  const strips = new Map<string, LatitudeStrip>();
  const order: number[] = [];
  for (const [key, slots] of needGroups) {
    slots.sort((a, b) => latitudeOfSlot[a] - latitudeOfSlot[b] || a - b);
    strips.set(key, { start: order.length, end: order.length + slots.length });
    for (const slot of slots) order.push(slot);
  }
  const slots = Int32Array.from(order);
  const columns: NeedColumns = {
    slots,
    latitudeDegrees: inOrder(latitudeOfSlot, slots),
    longitudeDegrees: inOrder(longitudeOfSlot, slots),
    latitudes: inOrder(bySlot.latitudes, slots),
    longitudes: inOrder(bySlot.longitudes, slots),
    cosLatitudes: inOrder(bySlot.cosLatitudes, slots),
    quantities: inOrder(bySlot.quantities, slots),
    units: inOrder(bySlot.units, slots),
    frequencies: inOrder(bySlot.frequencies, slots),
    wastes: inOrder(bySlot.wastes, slots),
    organizations: inOrder(bySlot.organizations, slots),
    authorised: inOrder(bySlot.authorised, slots),
    mayRefuse: inOrder(bySlot.mayRefuse, slots),
  };
  return { columns, strips };
}
