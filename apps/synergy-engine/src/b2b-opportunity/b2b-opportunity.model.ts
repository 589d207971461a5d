import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { SynergyModel } from '../synergy/synergy.model';

@ObjectType('B2BOpportunity', {
  description:
    'The B2B synergies of a zone whose needs share a category, presented as one opportunity: ' +
    'one supplier for several neighbours, or several suppliers for several needs. Its synergies ' +
    'stay the records each pair of firms follows.',
})
export class B2BOpportunityModel {
  @Field(() => ID, { description: '<zone>:<category>, stable while the zone has such synergies' })
  id: string;

  @Field(() => ID)
  zoneId: string;

  @Field({ description: 'The needs’ category' })
  categoryCode: string;

  @Field({
    description:
      'In French, e.g. « Restauration inter-entreprises : 1 fournisseur pour 9 demandeurs »',
  })
  labelFr: string;

  @Field()
  labelEn: string;

  @Field(() => Int, { description: 'Distinct organizations supplying' })
  supplierCount: number;

  @Field(() => Int, { description: 'Distinct organizations in need' })
  consumerCount: number;

  @Field(() => Float, { description: 'The best score of its synergies' })
  bestScore: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'What its synergies promise in all a year (their allocated quantities added), in `unit`; ' +
      'null unless every synergy promises a quantity in the same unit',
  })
  allocatedQuantity: number | null;

  @Field(() => String, { nullable: true })
  unit: string | null;

  @Field(() => [SynergyModel], { description: 'Its synergies, best score first' })
  synergies: SynergyModel[];
}
