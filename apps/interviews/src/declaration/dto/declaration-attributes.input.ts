import { Field, Float, InputType, Int } from '@nestjs/graphql';
import {
  attributeDescription as about,
  MATERIAL_DESCRIPTIONS,
  WOOD_DESCRIPTIONS,
} from '../declaration-attribute-descriptions';
import {
  HeatMedium,
  StorageCondition,
  WasteRoute,
  WoodClass,
} from '../declaration-attribute-enums';

@InputType()
export class TemperatureRangeInput {
  @Field(() => Float)
  minC: number;

  @Field(() => Float, { description: 'Not below minC' })
  maxC: number;
}

@InputType()
export class MaterialInput {
  @Field(() => String, { nullable: true, description: MATERIAL_DESCRIPTIONS.family })
  family?: string | null;

  @Field(() => String, { nullable: true, description: MATERIAL_DESCRIPTIONS.polymer })
  polymer?: string | null;

  @Field(() => String, { nullable: true, description: MATERIAL_DESCRIPTIONS.grade })
  grade?: string | null;
}

@InputType()
export class WoodInput {
  @Field(() => Boolean, { nullable: true })
  treated?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: WOOD_DESCRIPTIONS.endOfWaste })
  endOfWaste?: boolean | null;

  @Field(() => WoodClass, { nullable: true })
  woodClass?: WoodClass | null;
}

/**
 * Technical facts of a declaration. Each one applies to some themes only, and is checked against
 * the declaration's category by the service; null is the same as left out: not given.
 */
@InputType()
export class DeclarationAttributesInput {
  @Field(() => Float, { nullable: true, description: about('temperatureC') })
  temperatureC?: number | null;

  @Field(() => Boolean, { nullable: true, description: about('heatPump') })
  heatPump?: boolean | null;

  @Field(() => HeatMedium, { nullable: true, description: about('medium') })
  medium?: HeatMedium | null;

  @Field(() => Float, { nullable: true, description: about('pressureBar') })
  pressureBar?: number | null;

  @Field(() => StorageCondition, { nullable: true, description: about('storage') })
  storage?: StorageCondition | null;

  @Field(() => TemperatureRangeInput, { nullable: true, description: about('temperatureRange') })
  temperatureRange?: TemperatureRangeInput | null;

  @Field(() => MaterialInput, { nullable: true, description: about('material') })
  material?: MaterialInput | null;

  @Field(() => WoodInput, { nullable: true, description: about('wood') })
  wood?: WoodInput | null;

  @Field(() => Boolean, { nullable: true, description: about('potable') })
  potable?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: about('potableRequired') })
  potableRequired?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: about('foodContact') })
  foodContact?: boolean | null;

  @Field(() => [String], { nullable: true, description: about('contains') })
  contains?: string[] | null;

  @Field(() => Int, { nullable: true, description: about('abpCategory') })
  abpCategory?: number | null;

  @Field(() => String, { nullable: true, description: about('chemistry') })
  chemistry?: string | null;

  @Field(() => String, { nullable: true, description: about('use') })
  use?: string | null;

  @Field(() => String, { nullable: true, description: about('machineType') })
  machineType?: string | null;

  @Field(() => Float, { nullable: true, description: about('capacityT') })
  capacityT?: number | null;

  @Field(() => Int, { nullable: true, description: about('capacityPersons') })
  capacityPersons?: number | null;

  @Field(() => String, { nullable: true, description: about('skill') })
  skill?: string | null;

  @Field(() => String, { nullable: true, description: about('job') })
  job?: string | null;

  @Field(() => String, { nullable: true, description: about('provider') })
  provider?: string | null;

  @Field(() => [String], { nullable: true, description: about('certified') })
  certified?: string[] | null;

  @Field(() => [String], { nullable: true, description: about('licensed') })
  licensed?: string[] | null;

  @Field(() => [String], { nullable: true, description: about('requires') })
  requires?: string[] | null;

  @Field(() => WasteRoute, { nullable: true, description: about('currentRoute') })
  currentRoute?: WasteRoute | null;

  @Field(() => Float, { nullable: true, description: about('collectorDistanceKm') })
  collectorDistanceKm?: number | null;
}
