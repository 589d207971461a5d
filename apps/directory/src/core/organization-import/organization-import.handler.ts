import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  CsvRow,
  ImportFailure,
  ImportJob,
  ImportProblem,
  ImportRowHandler,
  ImportRowOutcome,
  parseDecimal,
  rejected,
  rejectedFor,
  rejectionOf,
  RowCells,
  validateInput,
} from '@symbiose/imports';
import { asUniqueViolation, BadUserInputError } from '@symbiose/platform';
import {
  findHeadcountBand,
  findNafActivity,
  HeadcountBand,
  isAssociationLegalCategory,
  isInHeadcountBand,
  isPublicLegalCategory,
  lambert93ToWgs84,
  NO_HEADCOUNT_BAND,
  streetLine,
} from '@symbiose/sirene';
import { RegisterOrganizationInput } from '../organization/dto/register-organization.input';
import { UpdateOrganizationInput } from '../organization/dto/update-organization.input';
import { OrganizationChange } from '../organization/organization-changes';
import { OrganizationKind } from '../organization/organization-enums';
import { Organization } from '../organization/organization.entity';
import {
  DirectoryLookups,
  ORGANIZATION_UNIQUE_KEYS,
  OrganizationService,
} from '../organization/organization.service';
import { Territory } from '../territory/territory.entity';
import { TerritoryService } from '../territory/territory.service';
import { Zone } from '../zone/zone.entity';
import { ZoneService } from '../zone/zone.service';
import { SIRENE, WITHHELD } from './sirene-columns';

/** Where the organizations of one import go: a zone (and its territory), or a territory alone. */
export interface OrganizationImportContext {
  zone: Zone | null;
  territory: Territory;
}

/** What a row comes to: its outcome, and the change to write when it makes one. */
interface RowResult {
  outcome: ImportRowOutcome;
  change?: OrganizationChange;
}

/** A row read into the fields of the API's inputs, with the columns they came from. */
interface ReadRow extends RowCells {
  siret: string;
  fields: Record<string, unknown>;
  band: HeadcountBand | undefined;
  /** The kind a new organization gets, from the legal category. */
  kind: OrganizationKind;
  values: Record<string, string>;
}

/** The value of a column: trimmed, with INSEE's withheld marker read as empty. */
function valueOf(row: CsvRow, column: string): string {
  const value = row.values[column]?.trim() ?? '';
  return value === WITHHELD ? '' : value;
}

const SCIENTIFIC = /^\d+([.,]\d+)?E\+?\d+$/i;

/** Not INSEE's: the programme's own column, its codes separated by `|` or `;` (2910-A|2771). */
const AUTHORISATIONS = 'authorisations';

/**
 * Organizations from INSEE's establishment file: each row is registered, or updated when its
 * SIRET is known, through the checks of the directory's own register and update; a row that
 * changes nothing writes nothing and emits nothing. A batch's organizations and its changes are
 * written together, in a few statements, once its rows are checked: the changes as
 * `organization.imported` events, each change read by consumers as the `organization.registered`
 * or `organization.updated` a mutation would have recorded. An empty cell leaves the field as it is; an
 * `authorisations` cell replaces the organization's.
 */
@Injectable()
export class OrganizationImportHandler implements ImportRowHandler<OrganizationImportContext> {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly zones: ZoneService,
    private readonly territories: TerritoryService,
  ) {}

  checkColumns(columns: readonly string[]): ImportProblem[] {
    const problems: ImportProblem[] = [];
    if (!columns.includes(SIRENE.siret)) {
      problems.push({ column: SIRENE.siret, reason: 'the header has no siret column' });
    }
    if (![...SIRENE.names, SIRENE.lastName].some((name) => columns.includes(name))) {
      problems.push({
        column: null,
        reason: `the header has no name column: one of ${[...SIRENE.names, SIRENE.lastName].join(', ')}`,
      });
    }
    const lambert = [SIRENE.lambertX, SIRENE.lambertY].filter((column) => columns.includes(column));
    const degrees = [SIRENE.latitude, SIRENE.longitude].filter((column) =>
      columns.includes(column),
    );
    for (const pair of [lambert, degrees]) {
      if (pair.length === 1) {
        problems.push({ column: pair[0], reason: 'comes without the other coordinate' });
      }
    }
    return problems;
  }

  async prepare(job: ImportJob): Promise<OrganizationImportContext> {
    const { zoneId, territoryId } = job.parameters;
    try {
      if (zoneId) {
        const zone = await this.zones.requireExisting(zoneId, 'zoneId');
        const territory = await this.territories.requireExisting(zone.territoryId, 'territoryId');
        return { zone, territory };
      }
      return {
        zone: null,
        territory: await this.territories.requireExisting(territoryId, 'territoryId'),
      };
    } catch (error) {
      if (error instanceof BadUserInputError) {
        throw new ImportFailure([{ column: null, reason: error.message }]);
      }
      throw error;
    }
  }

  async applyRows(
    manager: EntityManager,
    rows: readonly CsvRow[],
    context: OrganizationImportContext,
  ): Promise<ImportRowOutcome[]> {
    const read = rows.map((row) => readRow(row));
    const sirets = read.flatMap((entry) => ('siret' in entry ? [entry.siret] : []));
    const known = new Map(
      (await findBySirets(manager, sirets)).map((organization) => [
        organization.siret!,
        organization,
      ]),
    );
    const lookups = this.lookupsFor(context, known);
    const changes: OrganizationChange[] = [];
    const outcomes: ImportRowOutcome[] = [];
    for (const entry of read) {
      if (!('siret' in entry)) {
        outcomes.push(entry);
        continue;
      }
      const existing = known.get(entry.siret);
      const result = existing
        ? await this.update(manager, entry, existing, context, lookups)
        : await this.register(manager, entry, context, lookups);
      if (result.change) {
        changes.push(result.change);
        // A later row of the file with the same SIRET changes the organization as this one left it.
        known.set(entry.siret, result.change.organization);
      }
      outcomes.push(result.outcome);
    }
    await this.organizations.writeAll(manager, changes);
    return outcomes;
  }

  problemOf(error: unknown): ImportProblem | undefined {
    const known = asUniqueViolation(error, ORGANIZATION_UNIQUE_KEYS);
    return known instanceof BadUserInputError
      ? { column: SIRENE.siret, reason: 'an organization with this SIRET was registered meanwhile' }
      : undefined;
  }

  private async register(
    manager: EntityManager,
    row: ReadRow,
    context: OrganizationImportContext,
    lookups: DirectoryLookups,
  ): Promise<RowResult> {
    const { input, violations } = await validateInput(RegisterOrganizationInput, {
      ...row.fields,
      kind: row.kind,
      headcount: row.band?.representative,
      zoneId: context.zone?.id,
      territoryId: context.territory.id,
    });
    if (violations.length > 0) return { outcome: rejectedFor(row, violations) };
    try {
      const organization = await this.organizations.newOrganization(manager, input, lookups);
      organization.id = randomUUID();
      return {
        outcome: { outcome: 'CREATED' },
        change: { type: 'organization.registered', organization },
      };
    } catch (error) {
      return { outcome: rejectionOf(error, row) };
    }
  }

  private async update(
    manager: EntityManager,
    row: ReadRow,
    existing: Organization,
    context: OrganizationImportContext,
    lookups: DirectoryLookups,
  ): Promise<RowResult> {
    // A headcount already in the band is more precise than the band: it stays.
    const headcount =
      row.band && !(existing.headcount !== null && isInHeadcountBand(existing.headcount, row.band))
        ? row.band.representative
        : undefined;
    const { siret: _siret, ...fields } = row.fields;
    const { input, violations } = await validateInput(UpdateOrganizationInput, {
      ...fields,
      id: existing.id,
      headcount,
      ...(context.zone ? { zoneId: context.zone.id } : {}),
    });
    if (violations.length > 0) return { outcome: rejectedFor(row, violations) };
    try {
      const changed = await this.organizations.changedOrganization(
        manager,
        input,
        existing,
        lookups,
      );
      return changed
        ? {
            outcome: { outcome: 'UPDATED' },
            change: { type: 'organization.updated', organization: changed },
          }
        : { outcome: { outcome: 'UNCHANGED' } };
    } catch (error) {
      return { outcome: rejectionOf(error, row) };
    }
  }

  /** The import's zone and territory without a query per row; other ids as the API looks them up. */
  private lookupsFor(
    context: OrganizationImportContext,
    known: Map<string, Organization>,
  ): DirectoryLookups {
    const direct = this.organizations.lookups;
    return {
      zone: async (id, field) => (id === context.zone?.id ? context.zone : direct.zone(id, field)),
      territory: async (id, field) =>
        id === context.territory.id ? context.territory : direct.territory(id, field),
      // The batch's organizations were all read by SIRET: one not among them is free.
      siretTaken: async (_manager, siret) => known.has(siret),
    };
  }
}

/** The organizations of a batch's SIRETs, with one array parameter (`In` binds one per SIRET). */
function findBySirets(manager: EntityManager, sirets: readonly string[]): Promise<Organization[]> {
  if (sirets.length === 0) return Promise.resolve([]);
  return manager
    .getRepository(Organization)
    .createQueryBuilder('organization')
    .where('organization.siret = ANY(:sirets)', { sirets })
    .getMany();
}

/** A row being read: the fields found so far, the column each came from, what is wrong. */
interface RowReading {
  row: CsvRow;
  fields: Record<string, unknown>;
  columns: Record<string, string | null>;
  problems: ImportProblem[];
}

/** Reads a row into the API's input fields; a row that cannot be read is rejected here. */
function readRow(row: CsvRow): ReadRow | ImportRowOutcome {
  const reading: RowReading = {
    row,
    fields: {},
    columns: { siret: SIRENE.siret, id: SIRENE.siret },
    problems: [],
  };
  const siret = readSiret(reading);
  if (valueOf(row, SIRENE.administrativeState) === 'F') {
    reading.problems.push({
      column: SIRENE.administrativeState,
      reason: 'the establishment is closed (F): it is not imported',
    });
  }
  readName(reading);
  readActivity(reading);
  const band = readHeadcountBand(reading);
  readAddress(reading);
  readCoordinates(reading);
  readAuthorisations(reading);
  if (reading.problems.length > 0) return rejected(...reading.problems);
  const legalCategory = valueOf(row, SIRENE.legalCategory);
  const kind: OrganizationKind = isPublicLegalCategory(legalCategory)
    ? 'PUBLIC_BODY'
    : isAssociationLegalCategory(legalCategory)
      ? 'ASSOCIATION'
      : 'COMPANY';
  reading.columns['kind'] = SIRENE.legalCategory;
  return {
    siret,
    fields: reading.fields,
    band,
    kind,
    values: row.values,
    columnOf: (field) => reading.columns[field] ?? null,
  };
}

function readSiret({ row, fields, problems }: RowReading): string {
  const rawSiret = valueOf(row, SIRENE.siret);
  const siret = rawSiret.replace(/[\s.]/g, '');
  if (SCIENTIFIC.test(rawSiret)) {
    problems.push({
      column: SIRENE.siret,
      reason: `was turned into a number by a spreadsheet (${rawSiret}): format the column as text`,
    });
  } else if (siret.length === 0) {
    problems.push({ column: SIRENE.siret, reason: 'is empty' });
  }
  fields['siret'] = siret;
  return siret;
}

function readName({ row, fields, columns, problems }: RowReading): void {
  const nameColumn = SIRENE.names.find((column) => valueOf(row, column).length > 0);
  if (nameColumn) {
    fields['name'] = valueOf(row, nameColumn);
    columns['name'] = nameColumn;
  } else if (valueOf(row, SIRENE.lastName)) {
    // A sole trader's name is the person's.
    const firstName = SIRENE.firstNames
      .map((column) => valueOf(row, column))
      .find((value) => value.length > 0);
    fields['name'] = [firstName, valueOf(row, SIRENE.lastName)].filter(Boolean).join(' ');
    columns['name'] = SIRENE.lastName;
  } else {
    problems.push({
      column: SIRENE.names[2],
      reason: `the establishment has no name: ${[...SIRENE.names, SIRENE.lastName].join(', ')} are all empty`,
    });
  }
}

function readActivity({ row, fields, columns, problems }: RowReading): void {
  const nomenclature = valueOf(row, SIRENE.activityNomenclature);
  const activity = valueOf(row, SIRENE.activity);
  columns['nafCode'] = SIRENE.activity;
  if (!activity) return;
  if (nomenclature && nomenclature !== 'NAFRev2') {
    problems.push({
      column: SIRENE.activityNomenclature,
      reason: `the activity is coded in ${nomenclature}: only NAF rev. 2 (NAFRev2) is taken`,
    });
  } else {
    // `1071C` and `10.71c` are the sub-class `10.71C`; the API's check says what else is wrong.
    fields['nafCode'] = findNafActivity(activity)?.code ?? activity;
  }
}

function readHeadcountBand({ row, columns, problems }: RowReading): HeadcountBand | undefined {
  const bandCode = valueOf(row, SIRENE.headcountBand);
  columns['headcount'] = SIRENE.headcountBand;
  if (!bandCode || bandCode === NO_HEADCOUNT_BAND) return undefined;
  const band = findHeadcountBand(bandCode);
  if (!band) {
    problems.push({
      column: SIRENE.headcountBand,
      reason: `is not one of INSEE's headcount bands (NN, 00, 01, 02, 03, 11, 12, 21, 22, 31, 32, 41, 42, 51, 52, 53): got "${bandCode}"`,
    });
  }
  return band;
}

function readAddress({ row, fields, columns }: RowReading): void {
  const street = streetLine({
    number: valueOf(row, SIRENE.streetNumber),
    repetition: valueOf(row, SIRENE.streetRepetition),
    type: valueOf(row, SIRENE.streetType),
    name: valueOf(row, SIRENE.streetName),
  });
  const postalCode = valueOf(row, SIRENE.postalCode);
  const city = valueOf(row, SIRENE.city);
  if (street || postalCode || city) {
    fields['address'] = {
      street: street || null,
      postalCode: postalCode || null,
      city: city || null,
    };
  }
  Object.assign(columns, {
    'address.street': SIRENE.streetName,
    'address.postalCode': SIRENE.postalCode,
    'address.city': SIRENE.city,
  });
}

function readAuthorisations({ row, fields, columns }: RowReading): void {
  const authorisations = valueOf(row, AUTHORISATIONS);
  if (!authorisations) return;
  fields['authorisations'] = authorisations
    .split(/[|;]/)
    .map((code) => code.trim())
    .filter((code) => code.length > 0);
  columns['authorisations'] = AUTHORISATIONS;
}

/**
 * Latitude and longitude in degrees when the file has them, else INSEE's Lambert-93 coordinates
 * converted; Lambert coordinates outside metropolitan France (the overseas departments', in other
 * projections) are left out. Both empty: the position stays as it is.
 */
function readCoordinates({ row, fields, columns, problems }: RowReading): void {
  const number = (column: string): number | null | undefined => {
    const value = valueOf(row, column);
    if (value.length === 0) return undefined;
    const parsed = parseDecimal(value);
    if (parsed === null) problems.push({ column, reason: `is not a number: got "${value}"` });
    return parsed;
  };
  const latitude = number(SIRENE.latitude);
  const longitude = number(SIRENE.longitude);
  if (latitude != null || longitude != null) {
    fields['latitude'] = latitude ?? null;
    fields['longitude'] = longitude ?? null;
    columns['latitude'] = SIRENE.latitude;
    columns['longitude'] = SIRENE.longitude;
    return;
  }
  if (latitude === null || longitude === null) return;
  const x = number(SIRENE.lambertX);
  const y = number(SIRENE.lambertY);
  if (x == null || y == null) return;
  const position = lambert93ToWgs84(x, y);
  if (!position) return;
  fields['latitude'] = position.latitude;
  fields['longitude'] = position.longitude;
  columns['latitude'] = SIRENE.lambertY;
  columns['longitude'] = SIRENE.lambertX;
}
