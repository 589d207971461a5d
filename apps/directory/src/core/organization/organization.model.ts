import { Directive, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@symbiose/platform';
import { OrganizationKind, OrganizationStatus } from './organization-enums';

@ObjectType('Address')
export class AddressModel {
  @Field(() => String, { nullable: true })
  street: string | null;

  @Field(() => String, { nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true })
  city: string | null;
}

@ObjectType('NafActivity', { description: 'An activity of the French NAF rev. 2 nomenclature' })
export class NafActivityModel {
  @Field({ description: 'Sub-class code, e.g. 49.41A' })
  code: string;

  @Field()
  label: string;

  @Field({ description: 'Section letter, A to U' })
  section: string;

  @Field({ description: "The section's French title (INSEE)" })
  sectionLabelFr: string;

  @Field({ description: "The section's English title (NACE rev. 2, the same sections)" })
  sectionLabelEn: string;
}

@ObjectType('Authorisation', {
  description: 'An ICPE rubric or a named authorisation an organization holds, with its meaning',
})
export class AuthorisationModel {
  @Field({ description: 'The rubric (2910-A) or the name (HAZARDOUS_WASTE_RECEPTION)' })
  code: string;

  @Field(() => String, { nullable: true })
  labelFr: string | null;

  @Field(() => String, { nullable: true })
  labelEn: string | null;

  @Field(() => String, { nullable: true, description: 'The text that defines it' })
  source: string | null;
}

@ObjectType('Organization', {
  description: 'A firm, public body, association or consultancy taking part in the programme',
})
@Directive('@key(fields: "id")')
export class OrganizationModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: '14-digit establishment number' })
  siret: string | null;

  @Field()
  name: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => String, { nullable: true })
  nafCode: string | null;

  @Field(() => Int, { nullable: true })
  headcount: number | null;

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  @Field(() => ID)
  territoryId: string;

  @Field(() => ID, { nullable: true })
  zoneId: string | null;

  @Field({ description: "Member of the zone's business association" })
  businessAssociationMember: boolean;

  @Field(() => OrganizationStatus)
  status: OrganizationStatus;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('OrganizationConnection')
export class OrganizationConnection extends ConnectionType(OrganizationModel, 'Organization') {}
