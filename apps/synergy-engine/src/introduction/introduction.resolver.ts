import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import {
  OrganizationReference,
  ReplicatedOrganization,
  ReplicatedZone,
} from '@symbiose/directory-replica';
import {
  alignToKeys,
  CurrentPrincipal,
  GraphQLRequestContext,
  NoArgs,
  RequestLoaders,
  requestLocale,
  UuidArgPipe,
} from '@symbiose/platform';
import { Principal } from '@symbiose/tokens';
import { Synergy } from '../synergy/synergy.entity';
import { SynergyModel, SynergyParticipantModel } from '../synergy/synergy.model';
import { anonymise } from './anonymous-participant';
import { CounterpartPrivacy } from './counterpart-privacy';
import { ConsentToIntroductionInput } from './dto/consent-to-introduction.input';
import { IntroductionConsent } from './introduction-consent.entity';
import { AnonymousParticipantModel, IntroductionContactModel } from './introduction.model';
import { IntroductionService } from './introduction.service';

/**
 * A synergy's participants as the caller sees them: the other side's rows are hidden from it
 * while it sees the synergy from one side only, its counterpart not introduced.
 */
function participantsOf(
  synergy: Synergy,
  principal: Principal,
  { introduced, hidden }: { introduced: boolean; hidden: boolean },
): SynergyParticipantModel[] {
  return synergy.participants.map(({ organizationId, role, declarationIds }) => ({
    synergyId: synergy.id,
    synergyKind: synergy.kind,
    organizationId,
    introduced,
    role,
    declarationIds:
      hidden && organizationId !== principal.organizationId ? [] : [...declarationIds],
  }));
}

/**
 * The participants of a synergy, as each caller may see them, and the double opt-in. The fields
 * take GraphQL's own arguments (NoArgs), as the synergy's own do: a page of 50 synergies resolves
 * them for each of its participants.
 */
@Resolver(() => SynergyModel)
export class SynergyParticipantsResolver {
  constructor(
    private readonly introductions: IntroductionService,
    private readonly privacy: CounterpartPrivacy,
  ) {}

  @ResolveField(() => [SynergyParticipantModel])
  participants(
    synergy: Synergy,
    _args: NoArgs,
    { principal, loaders }: GraphQLRequestContext,
  ): SynergyParticipantModel[] | Promise<SynergyParticipantModel[]> {
    const seen = (introduced: boolean) =>
      participantsOf(synergy, principal, {
        introduced,
        hidden: !introduced && this.privacy.mayHideCounterpart(synergy, principal),
      });
    // Only the sides of a B2B synergy are ever introduced: the others wait on no consent.
    if (synergy.kind !== 'B2B') return seen(false);
    return this.privacy.introduced(synergy, loaders).then(seen);
  }

  @Mutation(() => SynergyModel, {
    description:
      'Consents, for the caller’s organization, to meet the other side of a B2B synergy; once both sides have, each sees the other’s identity and contact',
  })
  consentToIntroduction(
    @Args('input') input: ConsentToIntroductionInput,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.introductions.consent(input, principal);
  }

  @Mutation(() => SynergyModel, {
    description: 'Withdraws a consent: both sides are anonymous again',
  })
  withdrawIntroductionConsent(
    @Args('synergyId', { type: () => ID }, UuidArgPipe) synergyId: string,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.introductions.withdraw(synergyId, principal);
  }
}

@Resolver(() => SynergyParticipantModel)
export class SynergyParticipantResolver {
  constructor(
    private readonly privacy: CounterpartPrivacy,
    @InjectRepository(ReplicatedOrganization)
    private readonly organizations: Repository<ReplicatedOrganization>,
    @InjectRepository(ReplicatedZone) private readonly zones: Repository<ReplicatedZone>,
  ) {}

  @ResolveField(() => OrganizationReference, {
    nullable: true,
    description:
      'Resolved by the directory; null for a company member until both sides are introduced',
  })
  organization(participant: SynergyParticipantModel): OrganizationReference {
    return { id: participant.organizationId };
  }

  @ResolveField(() => Boolean)
  async consentedToIntroduction(
    participant: SynergyParticipantModel,
    _args: NoArgs,
    { loaders }: GraphQLRequestContext,
  ): Promise<boolean> {
    return (await this.consentOf(participant, loaders)) !== undefined;
  }

  @ResolveField(() => IntroductionContactModel, {
    nullable: true,
    description: 'The contact it gave when it consented; hidden like the organization',
  })
  async contact(
    participant: SynergyParticipantModel,
    _args: NoArgs,
    { loaders }: GraphQLRequestContext,
  ): Promise<IntroductionContactModel | null> {
    const consent = await this.consentOf(participant, loaders);
    if (!consent) return null;
    return {
      name: consent.contactName,
      email: consent.contactEmail,
      phone: consent.contactPhone,
      consentedAt: consent.consentedAt,
    };
  }

  @ResolveField(() => AnonymousParticipantModel, {
    description:
      'What anyone who sees the synergy may know of this participant, written in the language ' +
      'of the request: French when its Accept-Language prefers French, English otherwise',
  })
  async anonymous(
    participant: SynergyParticipantModel,
    _args: NoArgs,
    { principal, loaders, req }: GraphQLRequestContext,
  ): Promise<AnonymousParticipantModel> {
    const located = (organizationId: string | undefined) =>
      organizationId ? this.locate(organizationId, loaders) : Promise.resolve(null);
    const [self, viewer] = await Promise.all([
      located(participant.organizationId),
      located(principal.organizationId),
    ]);
    return anonymise(
      self ?? { zoneName: null, nafCode: null, latitude: null, longitude: null },
      viewer,
      requestLocale(req),
    );
  }

  private async consentOf(
    participant: SynergyParticipantModel,
    loaders: RequestLoaders,
  ): Promise<IntroductionConsent | undefined> {
    const consents = await this.privacy.consentsOf(participant.synergyId, loaders);
    return consents.find((consent) => consent.organizationId === participant.organizationId);
  }

  private async locate(organizationId: string, loaders: RequestLoaders) {
    const organization = await loaders
      .get<string, ReplicatedOrganization | null>('replicatedOrganization', async (ids) => {
        const rows = await this.organizations.findBy({ organizationId: In([...ids]) });
        return alignToKeys(ids, rows, (row) => row.organizationId);
      })
      .load(organizationId);
    if (!organization) return null;
    const zone = organization.zoneId
      ? await loaders
          .get<string, ReplicatedZone | null>('zoneById', async (ids) => {
            const rows = await this.zones.findBy({ zoneId: In([...ids]) });
            return alignToKeys(ids, rows, (row) => row.zoneId);
          })
          .load(organization.zoneId)
      : null;
    return { ...organization, zoneName: zone?.name ?? null };
  }
}
