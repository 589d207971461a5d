import { SYNERGY_STATUSES } from '@symbiose/contracts';

export type SynergyStatus = (typeof SYNERGY_STATUSES)[number];

/**
 * The statuses a synergy may move to from each status. The main path goes
 * DETECTED → QUALIFIED → STUDYING → SELECTED → IMPLEMENTING → OPERATIONAL; a
 * facilitator may dismiss a synergy until it is selected, and abandon one
 * being studied or carried out. A dismissed synergy may be reconsidered
 * (QUALIFIED again) and an abandoned one studied again; nothing else leaves
 * them, and a recompute never touches a status.
 */
export const SYNERGY_TRANSITIONS: Readonly<Record<SynergyStatus, readonly SynergyStatus[]>> = {
  DETECTED: ['QUALIFIED', 'DISMISSED'],
  QUALIFIED: ['STUDYING', 'DISMISSED'],
  STUDYING: ['SELECTED', 'DISMISSED', 'ABANDONED'],
  SELECTED: ['IMPLEMENTING', 'ABANDONED'],
  IMPLEMENTING: ['OPERATIONAL', 'ABANDONED'],
  OPERATIONAL: ['ABANDONED'],
  DISMISSED: ['QUALIFIED'],
  ABANDONED: ['STUDYING'],
};

export function canTransition(from: SynergyStatus, to: SynergyStatus): boolean {
  return SYNERGY_TRANSITIONS[from].includes(to);
}
