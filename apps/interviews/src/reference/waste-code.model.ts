import { Field, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@symbiose/platform';

@ObjectType('WasteCode', { description: 'An entry of the European List of Waste' })
export class WasteCodeModel {
  @Field({ description: 'Six digits, no spaces: 150101' })
  code: string;

  @Field({ description: 'Marked hazardous (a star) in the official list' })
  hazardous: boolean;

  @Field()
  labelFr: string;

  @Field()
  labelEn: string;

  @Field({ description: 'Two-digit chapter, e.g. 15' })
  chapter: string;

  @Field({ description: 'Four-digit sub-chapter, e.g. 1501' })
  subChapter: string;
}

@ObjectType('WasteCodeConnection')
export class WasteCodeConnection extends ConnectionType(WasteCodeModel, 'WasteCode') {}
