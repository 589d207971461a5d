import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageArgs } from '@symbiose/platform';
import { InterviewStatus } from '../interview-status';

@InputType()
export class InterviewFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  zoneId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
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
