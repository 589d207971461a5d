import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Contact', { description: 'A person at an organization' })
export class ContactModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organizationId: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  role: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field({ description: 'Agreed to be contacted by the programme' })
  consentToContact: boolean;
}
