import { Injectable } from '@nestjs/common';
import { InboundEvents } from '@symbiose/platform';
import { DirectorySource } from './directory-source';

/**
 * Read your writes for a replica of the directory. The replica is fed by events, which arrive
 * a moment after the directory answers its mutation; a call naming a zone, organization or
 * territory the replica lacks comes here before it is judged. The directory gives the row's
 * latest event from its outbox, and the service applies it exactly as its consumer would (its
 * own handler, once, through the inbox): the projection keeps the latest version whatever
 * the order (`upsertLatest`), and the delivery of that same event later is a no-op. An id the
 * directory does not know is left missing, for the caller to refuse as unknown; a directory
 * that does not answer fails the call as retriable (SERVICE_UNAVAILABLE).
 *
 * Only missing rows are fetched. What the services judge by a row they hold does not go
 * stale in a way that refuses a call: a zone's or an organization's territory never changes,
 * and an archived organization stays archived.
 */
@Injectable()
export class DirectoryReadThrough {
  constructor(
    private readonly source: DirectorySource,
    private readonly inbound: InboundEvents,
  ) {}

  /** Fills the organizations the directory has; returns the ids it does not know. */
  async organizations(ids: readonly string[]): Promise<string[]> {
    return this.fill(ids, (id) => this.source.organization(id));
  }

  /** Fills the zones the directory has; returns the ids it does not know. */
  async zones(ids: readonly string[]): Promise<string[]> {
    return this.fill(ids, (id) => this.source.zone(id));
  }

  /**
   * Fills the zones of a territory; returns whether the directory knows the territory (it may
   * have no zone yet, and then the replica has nothing to hold of it).
   */
  async territory(id: string): Promise<boolean> {
    const events = await this.source.territory(id);
    if (events === null) return false;
    for (const event of events) await this.inbound.apply(event);
    return true;
  }

  private async fill(
    ids: readonly string[],
    latestEvent: (id: string) => Promise<unknown | null>,
  ): Promise<string[]> {
    const unknown: string[] = [];
    await Promise.all(
      [...new Set(ids)].map(async (id) => {
        const event = await latestEvent(id);
        if (event === null) unknown.push(id);
        else await this.inbound.apply(event);
      }),
    );
    return unknown;
  }
}
