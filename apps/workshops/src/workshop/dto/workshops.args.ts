import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsId, PageArgs } from '@symbiose/platform';

@ArgsType()
export class WorkshopsArgs extends PageArgs {
  @Field(() => ID)
  @IsId()
  zoneId: string;
}
