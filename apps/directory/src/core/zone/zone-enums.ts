import { ZONE_KIND_LABELS, ZONE_KINDS } from '@symbiose/contracts';
import { registerLabelledEnum } from '@symbiose/platform';

export type ZoneKind = (typeof ZONE_KINDS)[number];
export const ZoneKind = Object.fromEntries(ZONE_KINDS.map((kind) => [kind, kind])) as {
  [K in ZoneKind]: K;
};

registerLabelledEnum(
  ZoneKind,
  { name: 'ZoneKind', description: 'What a business zone mostly hosts' },
  ZONE_KIND_LABELS,
);
