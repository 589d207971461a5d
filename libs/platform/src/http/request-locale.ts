import { IncomingHttpHeaders } from 'node:http';

/** The languages the API writes in: French first, as the programme's users work in French. */
export const LOCALES = ['FR', 'EN'] as const;

export type Locale = (typeof LOCALES)[number];

/** What a request that names no language we write in gets. */
export const DEFAULT_LOCALE: Locale = 'EN';

const PRIMARY_SUBTAG_LOCALES: Readonly<Record<string, Locale>> = { fr: 'FR', en: 'EN' };

interface WeightedLanguage {
  locale: Locale | undefined;
  quality: number;
  position: number;
}

function parseLanguage(range: string, position: number): WeightedLanguage {
  const [tag, ...parameters] = range.split(';').map((part) => part.trim());
  const qualityParameter = parameters.find((parameter) => /^q=/i.test(parameter));
  const quality = qualityParameter === undefined ? 1 : Number(qualityParameter.slice(2));
  const primary = (tag ?? '').split('-')[0].toLowerCase();
  return {
    locale: PRIMARY_SUBTAG_LOCALES[primary],
    quality: Number.isFinite(quality) ? quality : 0,
    position,
  };
}

/**
 * The locale an `Accept-Language` header (RFC 9110 §12.5.4) asks for: of the languages we write
 * in, the one with the highest weight, the first listed on a tie; `fr-CA` counts as French.
 * English when the header is absent or names neither.
 */
export function localeOfAcceptLanguage(header: string | readonly string[] | undefined): Locale {
  const value = Array.isArray(header) ? header.join(',') : (header as string | undefined);
  if (!value) return DEFAULT_LOCALE;
  const preferred = value
    .split(',')
    .map(parseLanguage)
    .filter((language) => language.locale !== undefined && language.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.position - b.position)[0];
  return preferred?.locale ?? DEFAULT_LOCALE;
}

/** The locale of an HTTP request, from its `Accept-Language` header. */
export function requestLocale(request: { headers: IncomingHttpHeaders } | undefined): Locale {
  return localeOfAcceptLanguage(request?.headers['accept-language']);
}
