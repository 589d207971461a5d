import { Injectable } from '@nestjs/common';
import type { RequestLoaders } from '@symbiose/platform';
import type { Principal, Role } from '@symbiose/tokens';
import type { Synergy } from '../synergy/synergy.entity';
import { withCounterpartRounded } from './counterpart-rounding';
import type { IntroductionConsent } from './introduction-consent.entity';
import { IntroductionService } from './introduction.service';

/** The roles that reach a synergy for the programme, not as one of its sides. */
const SEE_EVERY_SIDE: ReadonlySet<Role> = new Set<Role>(['ADMIN', 'FACILITATOR', 'SERVICE']);

/**
 * What a company member may know of the other side of a B2B synergy before both sides have
 * consented to meet: no identity (the access policy), no row of the other side, and no distance
 * finer than whole kilometres.
 */
@Injectable()
export class CounterpartPrivacy {
  constructor(private readonly introductions: IntroductionService) {}

  /** The consents given on a synergy, read once per request for all the synergies it shows. */
  consentsOf(synergyId: string, loaders: RequestLoaders): Promise<IntroductionConsent[]> {
    return loaders
      .get('introductionConsents', (ids: readonly string[]) => this.introductions.consentsOf(ids))
      .load(synergyId);
  }

  /** Whether both sides of a B2B synergy have consented to be introduced. */
  async introduced(synergy: Synergy, loaders: RequestLoaders): Promise<boolean> {
    if (synergy.kind !== 'B2B') return false;
    const consents = await this.consentsOf(synergy.id, loaders);
    return synergy.organizationIds.every((id) => consents.some((c) => c.organizationId === id));
  }

  /**
   * Whether the other side of the synergy may be hidden from the caller, known without reading
   * anything: only that of a B2B synergy, only from a caller who does not reach it for the
   * programme.
   */
  mayHideCounterpart(synergy: Synergy, principal: Principal): boolean {
    return synergy.kind === 'B2B' && !principal.roles.some((role) => SEE_EVERY_SIDE.has(role));
  }

  /** Whether the caller sees the synergy from one side, with the other side not introduced. */
  async hidesCounterpart(
    synergy: Synergy,
    principal: Principal,
    loaders: RequestLoaders,
  ): Promise<boolean> {
    if (!this.mayHideCounterpart(synergy, principal)) return false;
    return !(await this.introduced(synergy, loaders));
  }

  /**
   * The synergy as the caller may see it: rounded where the other side is hidden from it. A
   * member's view is built once per request, however many of its fields ask for it (the
   * request's loader is keyed by the synergy object its fields share).
   */
  async asSeenBy(
    synergy: Synergy,
    principal: Principal,
    loaders: RequestLoaders,
  ): Promise<Synergy> {
    if (!(await this.hidesCounterpart(synergy, principal, loaders))) return synergy;
    return loaders
      .get<Synergy, Synergy>('synergyWithCounterpartRounded', async (hidden) =>
        hidden.map((synergy) => withCounterpartRounded(synergy)),
      )
      .load(synergy);
  }

  /**
   * What `read` gives of the synergy as the caller may see it: at once when nothing of it may be
   * hidden from the caller (a facilitator's page of 50 synergies then waits on nothing), else
   * once the consents are read.
   */
  readAsSeenBy<T>(
    synergy: Synergy,
    principal: Principal,
    loaders: RequestLoaders,
    read: (seen: Synergy) => T,
  ): T | Promise<T> {
    if (!this.mayHideCounterpart(synergy, principal)) return read(synergy);
    return this.asSeenBy(synergy, principal, loaders).then(read);
  }
}
