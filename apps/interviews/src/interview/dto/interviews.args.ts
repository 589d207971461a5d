import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { IsId, PageArgs } from '@symbiose/platform';
import { InterviewStatus } from '../interview-status';

@InputType()
export class InterviewFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  zoneId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  organizationId?: string;

  @Field(() => InterviewStatus, { nullable: true })
  @IsOptional()
  @IsEnum(InterviewStatus)
  status?: InterviewStatus;
}

@ArgsType()
export class InterviewsArgs extends PageArgs {
  @Field(() => InterviewFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InterviewFilter)
  filter?: InterviewFilter;
}
