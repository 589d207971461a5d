import { Field, Float, ObjectType } from '@nestjs/graphql';

/** What a firm may know of a counterpart it has not been introduced to. */
@ObjectType('AnonymousParticipant')
export class AnonymousParticipantModel {
  @Field(() => String, { nullable: true })
  zoneName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The NAF section of its activity, in the language of the request',
  })
  activity: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Great-circle km from the organization of a company member who asks',
  })
  distanceKm: number | null;

  @Field({
    description:
      'All of the above in a sentence, in the language of the request: ' +
      '"a firm in Cahors Sud, Manufacturing, 4 km away" or ' +
      '"une entreprise de Cahors Sud, Industrie manufacturière, à 4 km"',
  })
  description: string;
}

/** The contact a side gave when it consented to the introduction. */
@ObjectType('IntroductionContact')
export class IntroductionContactModel {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field()
  consentedAt: Date;
}
