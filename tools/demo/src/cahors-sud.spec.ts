import area from '@turf/area';
import type { Polygon, Position } from 'geojson';
import { isNafCode, isValidSiret } from '@symbiose/sirene';
import { CAHORS_SUD, DemoOrganization, generateDemoData, TRADES } from './cahors-sud';

/** Ray casting, written again here so that the test does not trust the generator's own. */
function isInside([x, y]: Position, polygon: Polygon): boolean {
  const ring = polygon.coordinates[0];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

describe('the Cahors Sud demo data', () => {
  const data = generateDemoData();
  const firms = data.organizations.filter((organization) => organization.zone === CAHORS_SUD);
  const bodies = data.organizations.filter((organization) => organization.zone === undefined);
  const cahorsSud = data.zones.find((zone) => zone.name === CAHORS_SUD);
  const headcounts = firms.map((firm) => firm.headcount ?? 0);

  it('is the same on every run', () => {
    expect(generateDemoData()).toStrictEqual(data);
  });

  it('has the Grand Cahors and its seven zones of the right kinds', () => {
    expect(data.territory.name).toBe('Grand Cahors');
    const kinds = data.zones.map((zone) => zone.kind).sort();
    expect(kinds).toEqual([
      'ARTISANAL',
      'COMMERCIAL',
      'COMMERCIAL',
      'COMMERCIAL',
      'COMMERCIAL',
      'INDUSTRIAL',
      'MIXED',
    ]);
    expect(cahorsSud?.kind).toBe('MIXED');
    expect(new Set(data.zones.map((zone) => zone.name)).size).toBe(7);
  });

  it('gives Cahors Sud a perimeter of 1.5 to 2 km² around its centre', () => {
    const perimeter = cahorsSud?.perimeter as Polygon;
    expect(area(perimeter) / 1_000_000).toBeGreaterThan(1.5);
    expect(area(perimeter) / 1_000_000).toBeLessThan(2);
    expect(isInside([cahorsSud?.longitude ?? 0, cahorsSud?.latitude ?? 0], perimeter)).toBe(true);
  });

  it('places every zone within about 10 km of Cahors', () => {
    for (const zone of data.zones) {
      expect(Math.abs(zone.latitude - 44.4475)).toBeLessThan(0.09);
      expect(Math.abs(zone.longitude - 1.441)).toBeLessThan(0.125);
    }
  });

  it('has 95 to 110 firms in Cahors Sud, all companies, with unique names', () => {
    expect(firms.length).toBeGreaterThanOrEqual(95);
    expect(firms.length).toBeLessThanOrEqual(110);
    expect(firms.every((firm) => firm.kind === 'COMPANY')).toBe(true);
    expect(new Set(firms.map((firm) => firm.name)).size).toBe(firms.length);
  });

  it('gives every organization a valid SIRET of its own', () => {
    const sirets = data.organizations.map((organization) => organization.siret);
    expect(sirets.filter((siret) => !isValidSiret(siret))).toEqual([]);
    expect(new Set(sirets).size).toBe(sirets.length);
  });

  it('gives every organization a NAF code of the official list', () => {
    const codes = data.organizations.map((organization) => organization.nafCode);
    expect(codes.filter((code) => !isNafCode(code))).toEqual([]);
  });

  it('places every firm strictly inside the Cahors Sud perimeter, in Cahors', () => {
    const outside = firms.filter(
      (firm) =>
        !isInside([firm.longitude ?? 0, firm.latitude ?? 0], cahorsSud?.perimeter as Polygon),
    );
    expect(outside.map((firm) => firm.name)).toEqual([]);
    expect(firms.every((firm) => firm.address?.postalCode === '46000')).toBe(true);
    expect(firms.every((firm) => firm.address?.city === 'Cahors')).toBe(true);
    const addresses = firms.map((firm) => firm.address?.street);
    expect(new Set(addresses).size).toBe(firms.length);
  });

  it('covers the seven trades of the park', () => {
    expect(new Set(firms.map((firm) => firm.trade))).toEqual(new Set(TRADES));
  });

  it('adds up to about 800 jobs, every firm employing someone', () => {
    const jobs = headcounts.reduce((total, headcount) => total + headcount, 0);
    expect(jobs).toBeGreaterThanOrEqual(700);
    expect(jobs).toBeLessThanOrEqual(900);
    expect(Math.min(...headcounts)).toBeGreaterThanOrEqual(1);
  });

  it('makes about 60 % of the firms members of the business association', () => {
    const share = firms.filter((firm) => firm.businessAssociationMember).length / firms.length;
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(0.7);
  });

  it('gives some organizations a contact with a professional e-mail address', () => {
    const contacts = data.organizations.flatMap((organization) =>
      organization.contact ? [organization.contact] : [],
    );
    expect(contacts.length).toBeGreaterThan(20);
    expect(contacts.length).toBeLessThan(data.organizations.length);
    expect(
      contacts.every((contact) => /^[a-z]+\.[a-z-]+@[a-z0-9-]+\.example$/.test(contact.email)),
    ).toBe(true);
    expect(new Set(contacts.map((contact) => contact.consentToContact))).toEqual(
      new Set([true, false]),
    );
  });

  it("has the programme's bodies, of the right kinds, in no zone", () => {
    const kindOf = (name: string) =>
      bodies.find((body: DemoOrganization) => body.name === name)?.kind;
    expect(bodies).toHaveLength(7);
    expect(bodies.map((body) => [body.name, body.nafCode])).toEqual([
      ["Communauté d'agglomération du Grand Cahors", '84.11Z'],
      ['SYDED du Lot', '38.11Z'],
      ['CCI du Lot', '94.11Z'],
      ['ADEME', '84.13Z'],
      ['Région Occitanie', '84.11Z'],
      ["AD'OCC", '70.22Z'],
      ['Boucles Locales Conseil', '70.22Z'],
    ]);
    expect(bodies.filter((body) => body.kind === 'PUBLIC_BODY')).toHaveLength(6);
    expect(kindOf('Boucles Locales Conseil')).toBe('CONSULTANCY');
  });
});
