import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ZoneReference } from '@symbiose/directory-replica';
import type { Theme as ThemeCode } from '@symbiose/taxonomy';
import { Theme } from '../synergy/synergy-enums';
import { DeclarationKind } from './waste-flow-enums';

/**
 * One group of a territory's active declarations of one kind: totals only, never which firm
 * declared what. A dimension the answer is not grouped by is null.
 */
@ObjectType('WasteFlow')
export class WasteFlowModel {
  @Field(() => ZoneReference, {
    nullable: true,
    description: 'Grouped by ZONE: the zone (null for organizations outside any zone)',
  })
  zone: ZoneReference | null;

  @Field(() => String, {
    nullable: true,
    description: 'Grouped by WASTE_CODE: six digits (null for declarations without a code)',
  })
  wasteCode: string | null;

  @Field(() => String, { nullable: true, description: 'The waste code’s French label' })
  wasteLabel: string | null;

  @Field(() => Theme, { nullable: true, description: 'Grouped by THEME' })
  theme: ThemeCode | null;

  @Field(() => DeclarationKind)
  kind: DeclarationKind;

  @Field(() => Float, {
    description: 'Tonnes a year, of the declarations whose quantity is a mass (others add none)',
  })
  annualTonnes: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of annualTonnes that is hazardous waste, 0 to 1; null without tonnes',
  })
  hazardousShare: number | null;

  @Field(() => Int, { description: 'Declarations of the group, with a mass or not' })
  declarationCount: number;

  @Field(() => Int, { description: 'Organizations with a declaration in the group' })
  organizationCount: number;
}
