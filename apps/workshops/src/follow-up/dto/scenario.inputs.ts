import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, MaxLength, Min } from 'class-validator';
import { IsId, Trim } from '@symbiose/platform';

@InputType()
export class AddScenarioInput {
  @Field(() => ID)
  @IsId()
  synergyId: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(300)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(20_000)
  description?: string;

  @Field(() => Int, { description: 'Euro cents' })
  @IsInt()
  @Min(0, { message: 'must be zero or more' })
  costCents: number;

  @Field({ description: 'What it is expected to bring, in words and figures' })
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(2000)
  expectedImpact: string;
}

@ArgsType()
export class SelectScenarioArgs {
  @Field(() => ID)
  @IsId()
  scenarioId: string;

  @Field(() => ID, { description: 'The meeting of the synergy’s follow-up group that chose it' })
  @IsId()
  workshopId: string;
}
