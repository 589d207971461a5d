import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType, CalendarDayScalar } from '@symbiose/platform';
import { DeclarationAttributesModel } from './declaration-attributes.model';
import { DeclarationEconomicsModel } from './declaration-economics';
import { DeclarationKind, DeclarationStatus, Frequency, Theme } from './declaration-enums';

@ObjectType('Declaration', {
  description: 'One line of an interview: what an organization needs (NEED) or has (RESOURCE)',
})
export class DeclarationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organizationId: string;

  @Field(() => ID, { nullable: true })
  interviewId: string | null;

  @Field(() => DeclarationKind)
  kind: DeclarationKind;

  @Field(() => Theme)
  theme: Theme;

  @Field()
  categoryCode: string;

  @Field()
  label: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Float, { nullable: true, description: 'How much each time, in unit' })
  quantity: number | null;

  @Field(() => String, { nullable: true })
  unit: string | null;

  @Field(() => Frequency, { nullable: true })
  frequency: Frequency | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The quantity a year, in canonicalUnit, as the synergy engine compares it',
  })
  annualQuantity: number | null;

  @Field(() => String, { nullable: true, description: 't, m3, MWh, h or unit' })
  canonicalUnit: string | null;

  @Field(() => String, { nullable: true, description: 'Six digits: 150101' })
  wasteCode: string | null;

  @Field({ description: 'From the European List of Waste for wasteCode' })
  hazardous: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'For a need of a hazardous waste: whether the organization may take it',
  })
  authorisedForHazardous: boolean | null;

  @Field(() => CalendarDayScalar, { nullable: true })
  availableFrom: string | null;

  @Field(() => CalendarDayScalar, { nullable: true })
  availableUntil: string | null;

  @Field(() => DeclarationAttributesModel, {
    description: 'Technical facts of the declaration; an empty object when none were given',
  })
  attributes: DeclarationAttributesModel;

  @Field(() => DeclarationEconomicsModel, {
    description: 'The firm’s own figures for the flow; an empty object when none were given',
  })
  economics: DeclarationEconomicsModel;

  @Field(() => DeclarationStatus)
  status: DeclarationStatus;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('DeclarationConnection')
export class DeclarationConnection extends ConnectionType(DeclarationModel, 'Declaration') {}
