import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { AreIds, IsId, IsNotBlank, Trim } from '@symbiose/platform';
import { WorkshopKind } from '../workshop-enums';

@InputType()
export class ScheduleWorkshopInput {
  @Field(() => ID)
  @IsId()
  zoneId: string;

  @Field(() => WorkshopKind)
  @IsEnum(WorkshopKind)
  kind: WorkshopKind;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(300)
  title: string;

  @Field()
  startsAt: Date;

  @Field({ description: 'Not before startsAt' })
  endsAt: Date;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(500)
  place?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(20_000)
  agenda?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The synergy a FOLLOW_UP_GROUP follows: required for that kind, refused for others',
  })
  @IsOptional()
  @IsId()
  synergyId?: string;
}

@InputType()
export class RescheduleWorkshopInput {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field()
  startsAt: Date;

  @Field({ description: 'Not before startsAt' })
  endsAt: Date;

  @Field({ nullable: true, description: 'Kept as it was when not given' })
  @IsOptional()
  @Trim()
  @MaxLength(500)
  place?: string;
}

@InputType()
export class CancelWorkshopInput {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @IsNotBlank()
  @MaxLength(2000)
  reason: string;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsId()
  workshopId: string;

  @Field({ description: 'Recording the same name again updates their organization and role' })
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  personName: string;

  @Field(() => ID, { nullable: true, description: 'The organization they came for, if any' })
  @IsOptional()
  @IsId()
  organizationId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(200)
  role?: string;
}

@InputType()
export class RecordMinutesInput {
  @Field(() => ID)
  @IsId()
  workshopId: string;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @IsNotBlank()
  @MaxLength(100_000)
  minutes: string;
}

@InputType()
export class RecordDecisionInput {
  @Field(() => ID)
  @IsId()
  workshopId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(5000)
  text: string;

  @Field(() => [ID], { nullable: true, description: 'Actions of the workshop’s zone' })
  @IsOptional()
  @AreIds()
  actionIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Synergies the engine has detected' })
  @IsOptional()
  @AreIds()
  synergyIds?: string[];
}
