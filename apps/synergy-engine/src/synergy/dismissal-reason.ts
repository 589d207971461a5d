import { BadUserInputError } from '@symbiose/platform';
import type { SynergyStatus } from './synergy-lifecycle';

/**
 * Why a facilitator dismissed a synergy: a closed list, so dismissals can be counted per
 * territory and the engine's weak spots (distance, quantities, regulation) show in the figures.
 */
export const DISMISSAL_REASONS = [
  'TECHNICALLY_INCOMPATIBLE',
  'REGULATORY_OBSTACLE',
  'QUANTITY_MISMATCH',
  'TOO_FAR',
  'TIMING_MISMATCH',
  'ALREADY_IN_PLACE',
  'NOT_INTERESTED',
  'DUPLICATE',
  'OTHER',
] as const;

export type DismissalReason = (typeof DISMISSAL_REASONS)[number];

/**
 * A dismissal names its reason, and OTHER says which in the note; no other change takes a
 * reason. Refuses with BAD_USER_INPUT naming the field.
 */
export function checkDismissalReason(
  to: SynergyStatus,
  reasonCode: DismissalReason | null,
  note: string | null,
): void {
  if (to !== 'DISMISSED') {
    if (reasonCode !== null) {
      throw new BadUserInputError('reasonCode', `only a dismissal takes a reason, not ${to}`);
    }
    return;
  }
  if (reasonCode === null) {
    throw new BadUserInputError(
      'reasonCode',
      `a dismissal needs a reason, one of ${DISMISSAL_REASONS.join(', ')}`,
    );
  }
  if (reasonCode === 'OTHER' && !note) {
    throw new BadUserInputError('note', 'a dismissal for OTHER reason needs a note saying which');
  }
}
