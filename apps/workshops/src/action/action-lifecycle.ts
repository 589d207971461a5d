import { ActionStatus } from './action-enums';

/** Each status and those it may move to: one step forward, or dropped while not done. */
const NEXT: Record<ActionStatus, readonly ActionStatus[]> = {
  PROPOSED: ['PRIORITISED', 'DROPPED'],
  PRIORITISED: ['PLANNED', 'DROPPED'],
  PLANNED: ['IN_PROGRESS', 'DROPPED'],
  IN_PROGRESS: ['DONE', 'DROPPED'],
  DONE: [],
  DROPPED: [],
};

/** Why an action may not move from one status to another; null when it may. */
export function forbiddenTransition(from: ActionStatus, to: ActionStatus): string | null {
  if (NEXT[from].includes(to)) return null;
  const allowed = NEXT[from];
  return allowed.length === 0
    ? `the action is ${from}, which is final`
    : `an action ${from} moves only to ${allowed.join(' or ')}, not to ${to}`;
}
