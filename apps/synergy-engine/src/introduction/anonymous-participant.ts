import { findNafActivity, NAF_SECTIONS } from '@symbiose/sirene';
import { greatCircleKm } from '../matching/great-circle';
import { AnonymousParticipantModel } from './introduction.model';

interface Located {
  zoneName: string | null;
  nafCode: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** The NAF section of an activity: broad enough not to name a firm of a small zone. */
function activityOf(nafCode: string | null): string | null {
  const activity = nafCode ? findNafActivity(nafCode) : undefined;
  return activity ? NAF_SECTIONS[activity.section] : null;
}

/** Whole kilometres, at least one: a finer distance would point at the firm. */
function roundedKm(from: Located, to: Located): number | null {
  if (from.latitude === null || from.longitude === null) return null;
  if (to.latitude === null || to.longitude === null) return null;
  return Math.max(
    1,
    Math.round(greatCircleKm(from.latitude, from.longitude, to.latitude, to.longitude)),
  );
}

/**
 * A participant as a firm not yet introduced may see it: its zone, the
 * section of its activity, and how far it is from the firm that asks.
 */
export function anonymise(participant: Located, viewer: Located | null): AnonymousParticipantModel {
  const activity = activityOf(participant.nafCode);
  const distanceKm = viewer ? roundedKm(viewer, participant) : null;
  const description = [
    `a firm in ${participant.zoneName ?? 'an unknown zone'}`,
    activity,
    distanceKm === null ? null : `${distanceKm} km away`,
  ]
    .filter(Boolean)
    .join(', ');
  return { zoneName: participant.zoneName, activity, distanceKm, description };
}
