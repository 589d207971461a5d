import { localeOfAcceptLanguage, requestLocale } from './request-locale';

describe('localeOfAcceptLanguage', () => {
  it.each([
    ['fr', 'FR'],
    ['fr-FR,fr;q=0.9,en;q=0.8', 'FR'],
    ['FR-ca', 'FR'],
    ['en-GB,fr;q=0.5', 'EN'],
    ['de-DE, fr;q=0.7, en;q=0.3', 'FR'],
    ['en;q=0.4, fr;q=0.6', 'FR'],
    ['fr;q=0, en', 'EN'],
    ['de, es', 'EN'],
    ['*', 'EN'],
    ['', 'EN'],
  ])('reads %j as %s', (header, locale) => {
    expect(localeOfAcceptLanguage(header)).toBe(locale);
  });

  it('answers English without a header', () => {
    expect(localeOfAcceptLanguage(undefined)).toBe('EN');
    expect(requestLocale(undefined)).toBe('EN');
  });

  it('reads a request', () => {
    expect(requestLocale({ headers: { 'accept-language': 'fr-FR' } })).toBe('FR');
  });
});
