import { z } from 'zod';

/** A follow-up group chose how a synergy will be implemented. */
export const scenarioSelectedV1 = z.object({
  scenarioId: z.uuid(),
  synergyId: z.uuid(),
  workshopId: z.uuid(),
  title: z.string().min(1),
});

export type ScenarioSelectedV1 = z.infer<typeof scenarioSelectedV1>;
