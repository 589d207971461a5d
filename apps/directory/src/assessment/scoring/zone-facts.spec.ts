import { isProductiveActivity } from './productive-activity';
import { zoneFacts } from './zone-facts';

describe("a zone's facts", () => {
  it.each([
    ['25.62B', true], // machining: industry
    ['10.13B', true], // charcuterie: agri-food industry
    ['43.22A', true], // plumbing: construction
    ['52.10B', true], // warehousing: logistics
    ['45.20A', true], // garage: crafts
    ['95.24Z', true], // furniture repair: crafts
    ['46.73A', false], // wholesale
    ['62.01Z', false], // software
    ['84.11Z', false], // public administration
  ])('counts %s as productive: %s', (nafCode, productive) => {
    expect(isProductiveActivity(nafCode)).toBe(productive);
  });

  it('counts establishments, jobs, productive ones and members, with the declared figures', () => {
    const facts = zoneFacts(
      [
        { nafCode: '25.62B', headcount: 12, businessAssociationMember: true },
        { nafCode: '46.73A', headcount: null, businessAssociationMember: false },
        { nafCode: null, headcount: 3, businessAssociationMember: true },
      ],
      1.5,
      { resourceTonnes: 26, needCount: 4 },
    );
    expect(facts).toEqual({
      establishments: 3,
      jobs: 15,
      productiveEstablishments: 1,
      associationMembers: 2,
      areaKm2: 1.5,
      declaredResourceTonnes: 26,
      needCount: 4,
    });
  });
});
