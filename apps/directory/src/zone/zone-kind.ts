import { registerEnumType } from '@nestjs/graphql';
import { ZONE_KINDS } from '@symbiose/contracts';

export type ZoneKind = (typeof ZONE_KINDS)[number];
export const ZoneKind = Object.fromEntries(ZONE_KINDS.map((kind) => [kind, kind])) as {
  [K in ZoneKind]: K;
};

registerEnumType(ZoneKind, { name: 'ZoneKind', description: 'What a business zone mostly hosts' });
