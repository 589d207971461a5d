import { z } from 'zod';

export const ZONE_KINDS = ['INDUSTRIAL', 'COMMERCIAL', 'ARTISANAL', 'MIXED'] as const;

export const zoneSnapshotV1 = z.object({
  zoneId: z.uuid(),
  territoryId: z.uuid(),
  name: z.string().min(1),
  kind: z.enum(ZONE_KINDS),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  /** Area inside the perimeter, when one is known; used for densities. */
  areaKm2: z.number().positive().nullable(),
});

export type ZoneSnapshotV1 = z.infer<typeof zoneSnapshotV1>;
