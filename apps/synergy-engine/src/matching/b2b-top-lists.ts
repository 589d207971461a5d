import type { Compatibility } from '@symbiose/taxonomy';
import type { DeclarationColumns } from './b2b-declaration-columns';
import type { MatchableDeclaration } from './matchable-declaration';

/** One cell of a top list: the counterpart's slot and what ranks the pair. */
export interface TopListEntry {
  readonly counterpart: number;
  readonly score: number;
  readonly distanceKm: number;
}

/**
 * The running top K list of every declaration of a region, each in `topK` consecutive cells of
 * flat arrays: slot × topK + rank → the counterpart's slot, the pair's score, distance and
 * category entry. The order within a list is total (score, then distance, then counterpart id),
 * which makes the lists independent of the order pairs are offered in.
 */
export class DenseTopLists {
  /** Slot → length of its list (0..topK). */
  readonly counts: Int32Array;
  readonly counterparts: Int32Array;
  readonly scores: Float64Array;
  readonly distances: Float64Array;
  readonly compatibilities: (Compatibility | undefined)[];
  private readonly ids: readonly string[];

  constructor(
    /** Slot → declaration. */
    readonly declarations: readonly MatchableDeclaration[],
    readonly topK: number,
    /** What the search read of each slot, for the steps after it. */
    readonly columns: DeclarationColumns,
  ) {
    const cells = declarations.length * topK;
    this.counts = new Int32Array(declarations.length);
    this.counterparts = new Int32Array(cells);
    this.scores = new Float64Array(cells);
    this.distances = new Float64Array(cells);
    this.compatibilities = new Array<Compatibility | undefined>(cells);
    this.ids = declarations.map((declaration) => declaration.id);
  }

  /**
   * Sets a cell of a list as an earlier search of the same declarations left it: the cells of
   * a list are restored best first, from rank 0.
   */
  restoreCell(
    slot: number,
    rank: number,
    counterpart: number,
    score: number,
    distanceKm: number,
    compatibility: Compatibility,
  ): void {
    const cell = slot * this.topK + rank;
    this.counterparts[cell] = counterpart;
    this.scores[cell] = score;
    this.distances[cell] = distanceKm;
    this.compatibilities[cell] = compatibility;
    this.counts[slot] = rank + 1;
  }

  /** A list, best first. */
  entriesOf(slot: number): TopListEntry[] {
    const entries: TopListEntry[] = [];
    for (let cell = slot * this.topK; cell < slot * this.topK + this.counts[slot]; cell += 1) {
      entries.push({
        counterpart: this.counterparts[cell],
        score: this.scores[cell],
        distanceKm: this.distances[cell],
      });
    }
    return entries;
  }

  /** The K-th score of the list once it is full, -Infinity until then. */
  threshold(slot: number): number {
    return this.counts[slot] === this.topK
      ? this.scores[slot * this.topK + this.topK - 1]
      : -Infinity;
  }

  /** Whether (score, distance, other) would enter the owner's list. */
  admits(owner: number, other: number, score: number, distanceKm: number): boolean {
    return (
      this.counts[owner] < this.topK ||
      this.ranksBefore(score, distanceKm, other, (owner + 1) * this.topK - 1)
    );
  }

  /** Puts the pair in the owner's list at its rank, when it enters. */
  offer(owner: number, other: number, score: number, distanceKm: number, entry: Compatibility) {
    if (!this.admits(owner, other, score, distanceKm)) return;
    const base = owner * this.topK;
    const count = this.counts[owner];
    let position = count;
    while (position > 0 && this.ranksBefore(score, distanceKm, other, base + position - 1)) {
      position -= 1;
    }
    const last = count < this.topK ? count : this.topK - 1;
    for (let cell = base + last; cell > base + position; cell -= 1) this.moveCell(cell - 1, cell);
    const cell = base + position;
    this.scores[cell] = score;
    this.distances[cell] = distanceKm;
    this.counterparts[cell] = other;
    this.compatibilities[cell] = entry;
    if (count < this.topK) this.counts[owner] = count + 1;
  }

  private moveCell(from: number, to: number): void {
    this.scores[to] = this.scores[from];
    this.distances[to] = this.distances[from];
    this.counterparts[to] = this.counterparts[from];
    this.compatibilities[to] = this.compatibilities[from];
  }

  /** Whether (score, distance, counterpart) ranks before the list cell `cell`. */
  private ranksBefore(score: number, distanceKm: number, other: number, cell: number): boolean {
    const cellScore = this.scores[cell];
    if (score !== cellScore) return score > cellScore;
    const cellDistance = this.distances[cell];
    if (distanceKm !== cellDistance) return distanceKm < cellDistance;
    return this.ids[other] < this.ids[this.counterparts[cell]];
  }
}
