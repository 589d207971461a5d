import { registerEnumType } from '@nestjs/graphql';
import { DECLARATION_KINDS } from '@symbiose/contracts';
import { enumObject } from '@symbiose/platform';

export const WASTE_FLOW_GROUPINGS = ['ZONE', 'WASTE_CODE', 'THEME'] as const;
export type WasteFlowGrouping = (typeof WASTE_FLOW_GROUPINGS)[number];
export const WasteFlowGrouping = enumObject(WASTE_FLOW_GROUPINGS);

export type DeclarationKind = (typeof DECLARATION_KINDS)[number];
export const DeclarationKind = enumObject(DECLARATION_KINDS);

registerEnumType(WasteFlowGrouping, {
  name: 'WasteFlowGrouping',
  description:
    'ZONE: by the zone of the declaring organization; WASTE_CODE: by European List of Waste code; THEME: by interview theme',
});
// The interviews subgraph declares the same enum; composition merges the two.
registerEnumType(DeclarationKind, {
  name: 'DeclarationKind',
  description: 'NEED: what the organization lacks or consumes; RESOURCE: what it has or discards',
});
