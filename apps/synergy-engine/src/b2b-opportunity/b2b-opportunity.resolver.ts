import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLRequestContext, NoArgs, RequestLoaders } from '@symbiose/platform';
import { ZoneReference } from '@symbiose/directory-replica';
import { B2BOpportunity } from './b2b-opportunity';
import { B2BOpportunityModel } from './b2b-opportunity.model';
import { B2BOpportunityReader } from './b2b-opportunity.reader';
import { opportunityLabels } from './b2b-opportunity-words';

function modelOf(opportunity: B2BOpportunity): B2BOpportunityModel {
  const suppliers = opportunity.supplierOrganizationIds.length;
  const consumers = opportunity.consumerOrganizationIds.length;
  return {
    id: opportunity.id,
    zoneId: opportunity.zoneId,
    categoryCode: opportunity.categoryCode,
    ...opportunityLabels(opportunity.categoryCode, suppliers, consumers),
    supplierCount: suppliers,
    consumerCount: consumers,
    bestScore: opportunity.synergies[0].score,
    allocatedQuantity: opportunity.allocatedQuantity,
    unit: opportunity.unit,
    // The Synergy type's own resolvers read the stored synergy.
    synergies: opportunity.synergies as unknown as B2BOpportunityModel['synergies'],
  };
}

/** A zone's B2B synergies grouped into opportunities, as fields of Zone. */
@Resolver(() => ZoneReference)
export class ZoneB2BOpportunitiesResolver {
  constructor(private readonly reader: B2BOpportunityReader) {}

  @ResolveField(() => [B2BOpportunityModel], {
    description:
      'Its live B2B synergies (neither obsolete nor dismissed) grouped by the needs’ category, ' +
      'the opportunity with the best synergy first',
  })
  async b2bOpportunities(
    zone: ZoneReference,
    _args: NoArgs,
    { loaders }: GraphQLRequestContext,
  ): Promise<B2BOpportunityModel[]> {
    return (await this.opportunities(loaders, zone.id)).map(modelOf);
  }

  @ResolveField(() => Int, { description: 'How many B2B opportunities it has' })
  async b2bOpportunityCount(
    zone: ZoneReference,
    _args: NoArgs,
    { loaders }: GraphQLRequestContext,
  ): Promise<number> {
    return (await this.opportunities(loaders, zone.id)).length;
  }

  private opportunities(loaders: RequestLoaders, zoneId: string): Promise<B2BOpportunity[]> {
    return loaders
      .get<string, B2BOpportunity[]>('b2bOpportunitiesByZone', (ids) => this.reader.ofZones(ids))
      .load(zoneId);
  }
}
