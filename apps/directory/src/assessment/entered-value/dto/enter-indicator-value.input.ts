import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsString, MaxLength, Min } from 'class-validator';
import { IsId, Trim } from '@symbiose/platform';

@InputType()
export class EnterIndicatorValueInput {
  @Field(() => ID)
  @IsId()
  zoneId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'must be a grid version, 1 or more' })
  gridVersion: number;

  @Field()
  @IsString()
  indicatorKey: string;

  @Field(() => Int)
  @IsInt()
  level: number;

  @Field({ description: 'Why the facilitator gives this level' })
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(2000)
  justification: string;
}
