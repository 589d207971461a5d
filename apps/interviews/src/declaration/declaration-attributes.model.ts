import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { DeclarationAttributes } from '@symbiose/taxonomy';
import {
  attributeDescription as about,
  MATERIAL_DESCRIPTIONS,
  WOOD_DESCRIPTIONS,
} from './declaration-attribute-descriptions';
import { HeatMedium, StorageCondition, WasteRoute, WoodClass } from './declaration-attribute-enums';

@ObjectType('TemperatureRange')
export class TemperatureRangeModel {
  @Field(() => Float)
  minC: number;

  @Field(() => Float)
  maxC: number;
}

@ObjectType('Material')
export class MaterialModel {
  @Field(() => String, { nullable: true, description: MATERIAL_DESCRIPTIONS.family })
  family?: string;

  @Field(() => String, { nullable: true, description: MATERIAL_DESCRIPTIONS.polymer })
  polymer?: string;

  @Field(() => String, { nullable: true, description: MATERIAL_DESCRIPTIONS.grade })
  grade?: string;
}

@ObjectType('Wood')
export class WoodModel {
  @Field(() => Boolean, { nullable: true })
  treated?: boolean;

  @Field(() => Boolean, { nullable: true, description: WOOD_DESCRIPTIONS.endOfWaste })
  endOfWaste?: boolean;

  @Field(() => WoodClass, { nullable: true })
  woodClass?: WoodClass;
}

/** The stored attributes as they are: a fact not given is null, "to confirm". */
@ObjectType('DeclarationAttributes', {
  description: 'Technical facts of a declaration, checked against its category; null: not given',
})
export class DeclarationAttributesModel implements DeclarationAttributes {
  @Field(() => Float, { nullable: true, description: about('temperatureC') })
  temperatureC?: number;

  @Field(() => Boolean, { nullable: true, description: about('heatPump') })
  heatPump?: boolean;

  @Field(() => HeatMedium, { nullable: true, description: about('medium') })
  medium?: HeatMedium;

  @Field(() => Float, { nullable: true, description: about('pressureBar') })
  pressureBar?: number;

  @Field(() => StorageCondition, { nullable: true, description: about('storage') })
  storage?: StorageCondition;

  @Field(() => TemperatureRangeModel, { nullable: true, description: about('temperatureRange') })
  temperatureRange?: TemperatureRangeModel;

  @Field(() => MaterialModel, { nullable: true, description: about('material') })
  material?: MaterialModel;

  @Field(() => WoodModel, { nullable: true, description: about('wood') })
  wood?: WoodModel;

  @Field(() => Boolean, { nullable: true, description: about('potable') })
  potable?: boolean;

  @Field(() => Boolean, { nullable: true, description: about('potableRequired') })
  potableRequired?: boolean;

  @Field(() => Boolean, { nullable: true, description: about('foodContact') })
  foodContact?: boolean;

  @Field(() => [String], { nullable: true, description: about('contains') })
  contains?: string[];

  @Field(() => Int, { nullable: true, description: about('abpCategory') })
  abpCategory?: number;

  @Field(() => String, { nullable: true, description: about('chemistry') })
  chemistry?: string;

  @Field(() => String, { nullable: true, description: about('use') })
  use?: string;

  @Field(() => String, { nullable: true, description: about('machineType') })
  machineType?: string;

  @Field(() => Float, { nullable: true, description: about('capacityT') })
  capacityT?: number;

  @Field(() => Int, { nullable: true, description: about('capacityPersons') })
  capacityPersons?: number;

  @Field(() => String, { nullable: true, description: about('skill') })
  skill?: string;

  @Field(() => String, { nullable: true, description: about('job') })
  job?: string;

  @Field(() => String, { nullable: true, description: about('provider') })
  provider?: string;

  @Field(() => [String], { nullable: true, description: about('certified') })
  certified?: string[];

  @Field(() => [String], { nullable: true, description: about('licensed') })
  licensed?: string[];

  @Field(() => [String], { nullable: true, description: about('requires') })
  requires?: string[];

  @Field(() => WasteRoute, { nullable: true, description: about('currentRoute') })
  currentRoute?: WasteRoute;

  @Field(() => Float, { nullable: true, description: about('collectorDistanceKm') })
  collectorDistanceKm?: number;
}
