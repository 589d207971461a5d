import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { PageArgs } from '@symbiose/platform';

@ArgsType()
export class WorkshopsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  zoneId: string;
}
