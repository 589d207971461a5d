import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PageArgs, Trim } from '@symbiose/platform';

@InputType()
export class AuditLogFilter {
  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  subject?: string;

  @Field({ nullable: true, description: 'A mutation: changeSynergyStatus …' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  operation?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @Field({ nullable: true, description: 'SUCCESS, or an error code' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(50)
  outcome?: string;

  @Field({ nullable: true, description: 'From this instant, included' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Up to this instant, excluded' })
  @IsOptional()
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter;
}
