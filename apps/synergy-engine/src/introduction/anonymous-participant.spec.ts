import { anonymise } from './anonymous-participant';

// Two points about 4 km apart on the Cahors Sud business park's latitude.
const participant = { zoneName: 'Cahors Sud', nafCode: '25.62B', latitude: 44.4, longitude: 1.44 };
const viewer = { zoneName: 'Cahors Sud', nafCode: null, latitude: 44.4, longitude: 1.49 };

describe('anonymise', () => {
  it('writes the activity and the sentence in English', () => {
    expect(anonymise(participant, viewer, 'EN')).toEqual({
      zoneName: 'Cahors Sud',
      activity: 'Manufacturing',
      distanceKm: 4,
      description: 'a firm in Cahors Sud, Manufacturing, 4 km away',
    });
  });

  it('writes the activity and the sentence in French', () => {
    expect(anonymise(participant, viewer, 'FR')).toEqual({
      zoneName: 'Cahors Sud',
      activity: 'Industrie manufacturière',
      distanceKm: 4,
      description: 'une entreprise de Cahors Sud, Industrie manufacturière, à 4 km',
    });
  });

  it('leaves out what it does not know, in either language', () => {
    const unknown = { zoneName: null, nafCode: null, latitude: null, longitude: null };
    expect(anonymise(unknown, null, 'EN').description).toBe('a firm in an unknown zone');
    expect(anonymise(unknown, null, 'FR').description).toBe('une entreprise d’une zone inconnue');
  });
});
