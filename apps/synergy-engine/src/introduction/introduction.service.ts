import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { BadUserInputError, groupToKeys, NotFoundError } from '@symbiose/platform';
import { Principal } from '@symbiose/tokens';
import { Synergy } from '../synergy/synergy.entity';
import { ConsentToIntroductionInput } from './dto/consent-to-introduction.input';
import { IntroductionConsent } from './introduction-consent.entity';

/** The double opt-in of B2B synergies: each side consents, or withdraws its consent. */
@Injectable()
export class IntroductionService {
  constructor(
    @InjectRepository(IntroductionConsent)
    private readonly consents: Repository<IntroductionConsent>,
    @InjectRepository(Synergy) private readonly synergies: Repository<Synergy>,
  ) {}

  async consent(input: ConsentToIntroductionInput, principal: Principal): Promise<Synergy> {
    const { synergy, organizationId } = await this.sideOf(input.synergyId, principal);
    // In a transaction, so that the mutation's audit entry is written with the consent.
    await this.consents.manager.transaction((manager) =>
      manager.upsert(
        IntroductionConsent,
        {
          synergyId: synergy.id,
          organizationId,
          contactName: input.contactName,
          contactEmail: input.contactEmail ?? null,
          contactPhone: input.contactPhone ?? null,
          consentedBy: principal.subject,
          consentedAt: new Date(),
        },
        ['synergyId', 'organizationId'],
      ),
    );
    return synergy;
  }

  async withdraw(synergyId: string, principal: Principal): Promise<Synergy> {
    const { synergy, organizationId } = await this.sideOf(synergyId, principal);
    await this.consents.manager.transaction((manager) =>
      manager.delete(IntroductionConsent, { synergyId, organizationId }),
    );
    return synergy;
  }

  /** The consents given for each synergy, in the order of the ids. */
  async consentsOf(synergyIds: readonly string[]): Promise<IntroductionConsent[][]> {
    const consents = await this.consents.findBy({ synergyId: In([...synergyIds]) });
    return groupToKeys(synergyIds, consents, (consent) => consent.synergyId);
  }

  /** The B2B synergy and the side of it the principal speaks for, or why there is none. */
  private async sideOf(synergyId: string, principal: Principal) {
    const synergy = await this.synergies.findOneBy({ id: synergyId });
    if (!synergy) throw new NotFoundError('synergyId', synergyId);
    if (synergy.kind !== 'B2B') {
      throw new BadUserInputError(
        'synergyId',
        'only the two sides of a B2B synergy are introduced',
      );
    }
    const organizationId = principal.organizationId;
    if (!organizationId || !synergy.organizationIds.includes(organizationId)) {
      throw new BadUserInputError(
        'synergyId',
        'only a member of one of its two organizations consents, for its own organization',
      );
    }
    return { synergy, organizationId };
  }
}
