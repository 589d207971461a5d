/**
 * The follow-up of a chosen action's synergy, through the gateway: finds the zone's collective
 * synergy of the group's shared need once the synergy engine has detected it, takes it to
 * STUDYING as the programme did (qualified by the steering committee, then studied by the
 * group), then adds the scenarios the group compares and records the one it chooses, on which
 * the engine moves the synergy to SELECTED. Each step looks at what is there first, so a run
 * cut short is finished by the next.
 */
import { Request, Wait, waitUntil } from '@symbiose/gateway-client';
import { ProgrammeFollowUp } from './programme';

interface FollowedSynergy {
  id: string;
  status: string;
}

interface ExistingScenario {
  id: string;
  title: string;
  selectedAt: string | null;
}

const COLLECTIVE_SYNERGY = `query CollectiveSynergy($zoneId: ID!, $categoryCode: String!) {
  synergies(filter: { zoneId: $zoneId, kind: COLLECTIVE, categoryCode: $categoryCode }, first: 1) {
    nodes { id status }
  }
}`;
const CHANGE_SYNERGY_STATUS = `mutation ChangeSynergyStatus($input: ChangeSynergyStatusInput!) {
  changeSynergyStatus(input: $input) { status }
}`;
const SYNERGY_SCENARIOS = `query SynergyScenarios($id: ID!) {
  synergy(id: $id) { scenarios { id title selectedAt } }
}`;
const ADD_SCENARIO = `mutation AddScenario($input: AddScenarioInput!) {
  addScenario(input: $input) { id title selectedAt }
}`;
const SELECT_SCENARIO = `mutation SelectScenario($scenarioId: ID!, $workshopId: ID!) {
  selectScenario(scenarioId: $scenarioId, workshopId: $workshopId) { id }
}`;

/** The steps from a detected synergy to one under study, each with the reason it is taken. */
const TO_STUDY: { from: string; to: string; note: string }[] = [
  { from: 'DETECTED', to: 'QUALIFIED', note: 'Besoin partagé confirmé au comité de pilotage' },
  { from: 'QUALIFIED', to: 'STUDYING', note: 'Groupe de suivi constitué après la priorisation' },
];

/**
 * Waits for the engine to detect the zone's collective synergy of the need, then takes it to
 * STUDYING unless it is there or further; returns its id.
 */
export async function studyFollowedSynergy(
  request: Request,
  zoneId: string,
  followUp: ProgrammeFollowUp,
  changedBy: string,
  wait: Wait,
): Promise<string> {
  const { categoryCode } = followUp;
  const [synergy] = await waitUntil(
    async () => {
      const { synergies } = await request<{ synergies: { nodes: FollowedSynergy[] } }>(
        `collective synergy of ${categoryCode}`,
        COLLECTIVE_SYNERGY,
        { zoneId, categoryCode },
      );
      return synergies.nodes;
    },
    (nodes) => nodes.length > 0,
    wait,
    () =>
      `collective synergy of ${categoryCode}: the synergy engine has not detected it after ` +
      `${wait.waitMs / 1000} s; are the interviews service's events reaching it?`,
  );
  // A synergy under study already, or further on, is left as it is.
  const start = TO_STUDY.findIndex(({ from }) => from === synergy.status);
  for (const step of start < 0 ? [] : TO_STUDY.slice(start)) {
    await request(`changeSynergyStatus ${categoryCode} to ${step.to}`, CHANGE_SYNERGY_STATUS, {
      input: { id: synergy.id, to: step.to, note: step.note, changedBy },
    });
  }
  return synergy.id;
}

/** Adds the scenarios the synergy lacks, by title, and records the meeting's choice. */
export async function compareScenarios(
  request: Request,
  synergyId: string,
  workshopId: string,
  followUp: ProgrammeFollowUp,
): Promise<void> {
  const { synergy } = await request<{ synergy: { scenarios: ExistingScenario[] } | null }>(
    `scenarios of ${followUp.categoryCode}`,
    SYNERGY_SCENARIOS,
    { id: synergyId },
  );
  if (!synergy) throw new Error(`scenarios of ${followUp.categoryCode}: no synergy ${synergyId}`);
  const scenarios = [...synergy.scenarios];
  for (const scenario of followUp.scenarios) {
    if (scenarios.some(({ title }) => title === scenario.title)) continue;
    const { addScenario } = await request<{ addScenario: ExistingScenario }>(
      `addScenario ${scenario.title}`,
      ADD_SCENARIO,
      { input: { synergyId, ...scenario } },
    );
    scenarios.push(addScenario);
  }
  if (!followUp.chosen || scenarios.some(({ selectedAt }) => selectedAt)) return;
  const chosen = scenarios.find(({ title }) => title === followUp.chosen);
  if (!chosen) throw new Error(`the chosen scenario ${followUp.chosen} is not among the scenarios`);
  await request(`selectScenario ${chosen.title}`, SELECT_SCENARIO, {
    scenarioId: chosen.id,
    workshopId,
  });
}
