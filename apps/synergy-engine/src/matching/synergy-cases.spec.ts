import {
  categoryCoversWasteCode,
  checkDeclarationAttributes,
  findWasteCode,
  type DeclarationAttributes,
} from '@symbiose/taxonomy';
import {
  PUBLIC_SYNERGY_CASES_PATH,
  annualQuantityOf,
  formatCaseLine,
  formatSetSummary,
  readSynergyCaseFile,
  scoreCase,
  scoreSet,
  type CaseDeclaration,
  type SynergyCase,
} from '@symbiose/synergy-cases';
import { matchDeclarations } from './index';
import type { MatchableDeclaration } from './matchable-declaration';

/**
 * The labelled set of issue 17 through the matching core: each case as the API would hold it
 * (its attributes as far as the API takes them, a waste code only where its category covers it,
 * each case a territory of its own), matched, then scored as the set's README says. The same
 * measure runs through the public API with `npm run eval:synergies`.
 */

/** The case's attributes the API would take: each refused one is dropped, as the API refuses it. */
function acceptedAttributes(declaration: CaseDeclaration): DeclarationAttributes {
  const {
    availableFrom: _from,
    availableUntil: _until,
    temperatureRange,
    ...rest
  } = (declaration.attributes ?? {}) as Record<string, unknown>;
  let candidate: Record<string, unknown> = { ...rest };
  if (Array.isArray(temperatureRange)) {
    candidate.temperatureRange = { minC: temperatureRange[0], maxC: temperatureRange[1] };
  }
  for (;;) {
    const checked = checkDeclarationAttributes(declaration.categoryCode, candidate);
    if ('attributes' in checked) return checked.attributes;
    const [, name] = checked.problem.field.split('.');
    const { [name]: _refused, ...others } = candidate;
    candidate = others;
  }
}

function dateAttribute(declaration: CaseDeclaration, name: string): string | null {
  const value = (declaration.attributes as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : null;
}

function matchableOf(c: SynergyCase): MatchableDeclaration[] {
  const territoryId = `territory-${c.id}`;
  const firms = new Map(c.firms.map((firm) => [firm.ref, firm]));
  return c.declarations.map((declaration) => {
    const firm = firms.get(declaration.firm);
    if (!firm) throw new Error(`${c.id}: no firm ${declaration.firm}`);
    const authorisations = firm.authorisations ?? [];
    const wasteCode =
      declaration.wasteCode &&
      categoryCoversWasteCode(declaration.categoryCode, declaration.wasteCode)
        ? declaration.wasteCode
        : null;
    const hazardous = wasteCode ? (findWasteCode(wasteCode)?.hazardous ?? false) : false;
    const annual = annualQuantityOf(declaration);
    return {
      id: declaration.ref,
      organizationId: firm.ref,
      zoneId: firm.inZone === false ? null : `zone-${c.id}`,
      territoryId,
      latitude: firm.lat,
      longitude: firm.lon,
      kind: declaration.kind,
      theme: declaration.theme,
      categoryCode: declaration.categoryCode,
      annualQuantity: annual?.quantity ?? null,
      canonicalUnit: annual?.unit ?? null,
      frequency: declaration.frequency ?? null,
      wasteCode,
      hazardous,
      authorisedForHazardous:
        declaration.kind === 'NEED' && hazardous
          ? authorisations.includes('HAZARDOUS_WASTE_RECEPTION')
          : null,
      attributes: acceptedAttributes(declaration),
      availableFrom: dateAttribute(declaration, 'availableFrom'),
      availableUntil: dateAttribute(declaration, 'availableUntil'),
      organizationAuthorisations: authorisations,
    };
  });
}

function scored(c: SynergyCase) {
  const { b2b, collective } = matchDeclarations(matchableOf(c));
  return scoreCase(c, {
    b2b: b2b.map((synergy) => ({
      resource: synergy.resourceDeclarationId,
      need: synergy.needDeclarationId,
      score: synergy.score,
      allocatedQuantity: synergy.allocatedQuantity,
    })),
    collective: collective.map((synergy) => ({
      categoryCode: synergy.categoryCode,
      members: synergy.participants
        .filter((participant) => participant.role === 'MEMBER')
        .map((participant) => participant.organizationId),
    })),
  });
}

describe('the labelled synergy cases, through the matching core', () => {
  const set = readSynergyCaseFile(PUBLIC_SYNERGY_CASES_PATH);
  const scores = set.cases.map(scored);
  const summary = scoreSet(scores);
  const report = [...scores.map(formatCaseLine), ...formatSetSummary(summary)].join('\n');

  it('proposes what a practitioner would act on (precision ≥ 0.85, recall ≥ 0.90)', () => {
    expect({ precision: summary.precision.value >= 0.85, report }).toMatchObject({
      precision: true,
    });
    expect({ recall: summary.recall.value >= 0.9, report }).toMatchObject({ recall: true });
  });

  it('holds every ranking constraint, allocation limit and collective expectation', () => {
    expect({ ranking: summary.ranking, report }).toMatchObject({
      ranking: { met: summary.ranking.total },
    });
    expect({ allocation: summary.allocation, report }).toMatchObject({
      allocation: { met: summary.allocation.total },
    });
    expect({ collective: summary.collective, report }).toMatchObject({
      collective: { met: summary.collective.total },
    });
  });

  it('never promises more of a resource than it has', () => {
    for (const c of set.cases) {
      const { b2b } = matchDeclarations(matchableOf(c));
      const promised = new Map<string, number>();
      for (const synergy of b2b) {
        const total =
          (promised.get(synergy.resourceDeclarationId) ?? 0) + (synergy.allocatedQuantity ?? 0);
        promised.set(synergy.resourceDeclarationId, total);
      }
      for (const declaration of matchableOf(c)) {
        const total = promised.get(declaration.id);
        if (total !== undefined && declaration.annualQuantity !== null) {
          expect(total).toBeLessThanOrEqual(declaration.annualQuantity + 1e-9);
        }
      }
    }
  });

  afterAll(() => {
    process.stdout.write(`${report}\n`);
  });
});
