import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMinSize, ArrayUnique, IsEnum } from 'class-validator';
import { IsId } from '@symbiose/platform';
import { DeclarationKind, WasteFlowGrouping } from '../waste-flow-enums';

@ArgsType()
export class WasteFlowsArgs {
  @Field(() => ID)
  @IsId()
  territoryId: string;

  @Field(() => [WasteFlowGrouping], {
    description: 'The dimensions rows are grouped by: at least one, each once',
  })
  @ArrayMinSize(1, { message: 'must name at least one grouping' })
  @ArrayUnique(undefined, { message: 'must not name a grouping twice' })
  @IsEnum(WasteFlowGrouping, { each: true })
  groupBy: WasteFlowGrouping[];

  @Field(() => DeclarationKind, {
    defaultValue: 'RESOURCE',
    description:
      'RESOURCE: what firms have or discard (the waste offered); NEED: what they consume. Never mixed in one answer',
  })
  @IsEnum(DeclarationKind)
  kind: DeclarationKind = 'RESOURCE';
}
