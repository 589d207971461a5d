import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNumber, IsOptional, IsString, Length, Min } from 'class-validator';
import { CalendarDayScalar, IsId, Trim } from '@symbiose/platform';

const NOT_NEGATIVE = { message: 'must be zero or more' };

@InputType()
export class RecordSynergyOutcomeInput {
  @Field(() => ID, { description: 'An OPERATIONAL synergy' })
  @IsId()
  synergyId: string;

  @Field(() => CalendarDayScalar, { description: 'The first day of the period measured' })
  from: string;

  @Field(() => CalendarDayScalar, {
    description:
      'The last day of the period (included): not before `from`, not in the future; a period may not overlap another outcome of the synergy',
  })
  to: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'What was exchanged or pooled over the period, in `unit`; above zero. Leave out with `unit` when nothing was measured',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  quantity?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A unit of the taxonomy measuring what the synergy exchanges (its resource’s category for a B2B synergy, its shared category for a collective one): t or kg for a mass, MWh or kWh for energy, m3 or L for water…',
  })
  @IsOptional()
  @IsString()
  unit?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'What the synergy cost its participants over the period, in euro cents',
  })
  @IsOptional()
  @IsInt()
  @Min(0, NOT_NEGATIVE)
  costCents?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'What it saved or earned its participants over the period (disposal, purchases, sales), in euro cents',
  })
  @IsOptional()
  @IsInt()
  @Min(0, NOT_NEGATIVE)
  savingsCents?: number | null;

  @Field(() => Int, { nullable: true, description: 'Jobs it created; 0 when not given' })
  @IsOptional()
  @IsInt()
  @Min(0, NOT_NEGATIVE)
  jobsCreated?: number | null;

  @Field(() => Int, { nullable: true, description: 'Jobs it kept; 0 when not given' })
  @IsOptional()
  @IsInt()
  @Min(0, NOT_NEGATIVE)
  jobsKept?: number | null;

  @Field(() => String, { nullable: true, description: 'How it was measured, what it means' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 2000, { message: 'must be 1 to 2000 characters when given' })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Who records it, as they sign it; the subject of the token when not given. The outcome keeps the token’s subject beside it.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters when given' })
  recordedBy?: string | null;
}
