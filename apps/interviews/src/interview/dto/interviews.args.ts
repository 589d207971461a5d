import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { PageArgs } from '@symbiose/platform';

@ArgsType()
export class InterviewsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  organizationId: string;
}
