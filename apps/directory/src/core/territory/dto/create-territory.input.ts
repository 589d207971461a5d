import { Trim } from '@symbiose/platform';
import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';

@InputType()
export class CreateTerritoryInput {
  @Field()
  @Trim()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  name: string;
}
