import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CreateZoneInput } from './create-zone.input';

/**
 * Fields left out stay as they are; `perimeter: null` removes the perimeter.
 * A zone never moves to another territory.
 */
@InputType()
export class UpdateZoneInput extends PartialType(
  OmitType(CreateZoneInput, ['territoryId'] as const),
) {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;
}
