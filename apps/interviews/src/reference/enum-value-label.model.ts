import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('EnumValueLabel', {
  description: 'What to show for one value of an enum of the API, in French and in English',
})
export class EnumValueLabelModel {
  @Field({ description: 'The GraphQL name of the enum, e.g. SynergyStatus' })
  enum: string;

  @Field({ description: 'The value as the API writes it, e.g. DETECTED' })
  value: string;

  @Field()
  labelFr: string;

  @Field()
  labelEn: string;
}
