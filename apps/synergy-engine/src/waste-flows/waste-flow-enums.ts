import { WASTE_FLOW_GROUPING_LABELS } from '@symbiose/contracts';
import { enumObject, registerLabelledEnum } from '@symbiose/platform';

export const WASTE_FLOW_GROUPINGS = ['ZONE', 'WASTE_CODE', 'THEME'] as const;
export type WasteFlowGrouping = (typeof WASTE_FLOW_GROUPINGS)[number];
export const WasteFlowGrouping = enumObject(WASTE_FLOW_GROUPINGS);

// The interviews subgraph declares the same enum: both take it from the taxonomy's types.
export { DeclarationKind } from '@symbiose/taxonomy-graphql';

registerLabelledEnum(
  WasteFlowGrouping,
  {
    name: 'WasteFlowGrouping',
    description:
      'ZONE: by the zone of the declaring organization; WASTE_CODE: by European List of Waste code; THEME: by interview theme',
  },
  WASTE_FLOW_GROUPING_LABELS,
);
