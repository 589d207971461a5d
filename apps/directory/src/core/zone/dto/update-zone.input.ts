import { Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { CreateZoneInput } from './create-zone.input';
import { IsId } from '@symbiose/platform';

/**
 * Fields left out stay as they are; `perimeter: null` removes the perimeter.
 * A zone never moves to another territory.
 */
@InputType()
export class UpdateZoneInput extends PartialType(
  OmitType(CreateZoneInput, ['territoryId'] as const),
) {
  @Field(() => ID)
  @IsId()
  id: string;
}
