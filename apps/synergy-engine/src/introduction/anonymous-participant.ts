import { findNafActivity, NAF_SECTIONS, NAF_SECTIONS_EN, NafSection } from '@symbiose/sirene';
import type { Locale } from '@symbiose/platform';
import { greatCircleKm } from '../matching/great-circle';
import { wholeKm } from './counterpart-rounding';
import { AnonymousParticipantModel } from './introduction.model';

interface Located {
  zoneName: string | null;
  nafCode: string | null;
  latitude: number | null;
  longitude: number | null;
}

const SECTION_TITLES: Readonly<Record<Locale, Readonly<Record<NafSection, string>>>> = {
  FR: NAF_SECTIONS,
  EN: NAF_SECTIONS_EN,
};

/** The sentence that sums a participant up, in each language the API writes. */
const DESCRIBE: Readonly<
  Record<Locale, (zoneName: string | null, distanceKm: number | null) => [string, string | null]>
> = {
  FR: (zoneName, distanceKm) => [
    zoneName ? `une entreprise de ${zoneName}` : 'une entreprise d’une zone inconnue',
    distanceKm === null ? null : `à ${distanceKm} km`,
  ],
  EN: (zoneName, distanceKm) => [
    `a firm in ${zoneName ?? 'an unknown zone'}`,
    distanceKm === null ? null : `${distanceKm} km away`,
  ],
};

/** The NAF section of an activity: broad enough not to name a firm of a small zone. */
function activityOf(nafCode: string | null, locale: Locale): string | null {
  const activity = nafCode ? findNafActivity(nafCode) : undefined;
  return activity ? SECTION_TITLES[locale][activity.section] : null;
}

function roundedKm(from: Located, to: Located): number | null {
  if (from.latitude === null || from.longitude === null) return null;
  if (to.latitude === null || to.longitude === null) return null;
  return wholeKm(greatCircleKm(from.latitude, from.longitude, to.latitude, to.longitude));
}

/**
 * A participant as a firm not yet introduced may see it: its zone, the
 * section of its activity, and how far it is from the firm that asks; the
 * activity and the sentence in the language of the request.
 */
export function anonymise(
  participant: Located,
  viewer: Located | null,
  locale: Locale,
): AnonymousParticipantModel {
  const activity = activityOf(participant.nafCode, locale);
  const distanceKm = viewer ? roundedKm(viewer, participant) : null;
  const [firm, distance] = DESCRIBE[locale](participant.zoneName, distanceKm);
  const description = [firm, activity, distance].filter(Boolean).join(', ');
  return { zoneName: participant.zoneName, activity, distanceKm, description };
}
