import { Directive, Field, ObjectType } from '@nestjs/graphql';
import { findWasteCode, formatWasteCode, WasteCode } from '@symbiose/taxonomy';

/** An entry of the list, the same in every subgraph that returns one: hence shareable. */
@ObjectType('WasteCode', { description: 'An entry of the European List of Waste' })
@Directive('@shareable')
export class WasteCodeModel {
  @Field({ description: 'Six digits, no spaces: 150101' })
  code: string;

  @Field({ description: 'The official spelling: 15 01 01, or 15 01 10* for a hazardous entry' })
  formatted: string;

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

/** An entry as the API gives it. */
export function toWasteCodeModel(entry: WasteCode): WasteCodeModel {
  return {
    code: entry.code,
    formatted: formatWasteCode(entry.code),
    hazardous: entry.hazardous,
    labelFr: entry.labelFr,
    labelEn: entry.labelEn,
    chapter: entry.chapter,
    subChapter: entry.subChapter,
  };
}

/** The entry of a stored six-digit code, from memory; undefined for a code not in the list. */
export function wasteCodeModelOf(code: string): WasteCodeModel | undefined {
  const entry = findWasteCode(code);
  return entry ? toWasteCodeModel(entry) : undefined;
}
