/**
 * kdbush 3 ships CommonJS without types; only the part of its API the engine uses.
 * kdbush 4 is ESM-only, which neither Node 20.11 nor Jest's CommonJS transform loads.
 */
declare module 'kdbush' {
  export default class KDBush<T> {
    constructor(
      points: readonly T[],
      getX: (point: T) => number,
      getY: (point: T) => number,
      nodeSize?: number,
      ArrayType?: Float64ArrayConstructor | Float32ArrayConstructor,
    );
    readonly points: readonly T[];
    /** Indices into `points` of the points inside the box, bounds included. */
    range(minX: number, minY: number, maxX: number, maxY: number): number[];
    within(x: number, y: number, radius: number): number[];
  }
}
