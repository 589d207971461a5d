import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { ReplicatedOrganization } from '@symbiose/directory-replica';
import {
  CsvRow,
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
import { findCategory, findWasteCode, formatWasteCode } from '@symbiose/taxonomy';
import { DeclarationStatus } from '../declaration/declaration-enums';
import { Declaration } from '../declaration/declaration.entity';
import { DeclarationService } from '../declaration/declaration.service';
import { RecordDeclarationInput } from '../declaration/dto/record-declaration.input';
import { UpdateDeclarationInput } from '../declaration/dto/update-declaration.input';
import { economicsColumnOf, economicsOfRow } from './economics-columns';

/** The territory an import was made for, whose organizations alone its rows may name; null for any. */
type ImportTerritory = string | null;

/** The columns of a declarations file (see docs/imports.md). */
export const DECLARATION_COLUMNS = {
  siret: 'siret',
  reference: 'reference',
  kind: 'kind',
  theme: 'theme',
  categoryCode: 'categoryCode',
  label: 'label',
  description: 'description',
  quantity: 'quantity',
  unit: 'unit',
  frequency: 'frequency',
  wasteCode: 'wasteCode',
  hazardous: 'hazardous',
  authorisedForHazardous: 'authorisedForHazardous',
  availableFrom: 'availableFrom',
  availableUntil: 'availableUntil',
  attributes: 'attributes',
} as const;

const C = DECLARATION_COLUMNS;
const REQUIRED = [C.siret, C.kind, C.categoryCode, C.label];

/** French spreadsheets' words for the enumerations, beside the API's own. */
const KINDS: Record<string, string> = { BESOIN: 'NEED', RESSOURCE: 'RESOURCE' };
const FREQUENCIES: Record<string, string> = {
  PONCTUEL: 'ONE_OFF',
  PONCTUELLE: 'ONE_OFF',
  QUOTIDIEN: 'DAILY',
  QUOTIDIENNE: 'DAILY',
  HEBDOMADAIRE: 'WEEKLY',
  MENSUEL: 'MONTHLY',
  MENSUELLE: 'MONTHLY',
  TRIMESTRIEL: 'QUARTERLY',
  TRIMESTRIELLE: 'QUARTERLY',
  ANNUEL: 'YEARLY',
  ANNUELLE: 'YEARLY',
};
const TRUE_WORDS = ['true', 'yes', 'oui', 'vrai', '1', 'o', 'y'];
const FALSE_WORDS = ['false', 'no', 'non', 'faux', '0', 'n'];

/** The API's input fields, as the file's columns name them, for problems. */
const COLUMN_OF_FIELD: Record<string, string> = {
  organizationId: C.siret,
  id: C.reference,
  kind: C.kind,
  theme: C.theme,
  categoryCode: C.categoryCode,
  label: C.label,
  description: C.description,
  quantity: C.quantity,
  unit: C.unit,
  frequency: C.frequency,
  wasteCode: C.wasteCode,
  authorisedForHazardous: C.authorisedForHazardous,
  availableFrom: C.availableFrom,
  availableUntil: C.availableUntil,
  attributes: C.attributes,
};

/**
 * `attributes.temperatureC` and the like come from the attributes column; each figure of
 * `economics` from its own column.
 */
const columnOf = (field: string): string | null =>
  economicsColumnOf(field) ?? COLUMN_OF_FIELD[field.split('.')[0]] ?? null;

interface ReadRow extends RowCells {
  siret: string;
  key: string;
  fields: {
    kind: string;
    theme: string | undefined;
    categoryCode: string;
    label: string;
    description: string | null;
    quantity: number | null;
    unit: string | null;
    frequency: string | null;
    wasteCode: string | null;
    authorisedForHazardous: boolean | undefined;
    availableFrom: string | null;
    availableUntil: string | null;
    /** Undefined when the file has no attributes column: the stored facts stay. */
    attributes: Record<string, unknown> | null | undefined;
    /** Undefined when the file has no column of the firm's figures: the stored ones stay. */
    economics: Record<string, number> | null | undefined;
  };
  hazardous: boolean | undefined;
  values: Record<string, string>;
}

const keyOf = (organizationId: string, key: string) => `${organizationId}\u0000${key}`;

/**
 * Needs and resources from a partner's file: each row is recorded, or updated when its key
 * (the organization's SIRET with the row's reference, or with its kind, category and label) finds
 * an active declaration, through the interviews' own record and update, with their validation and
 * events; a row that changes nothing writes nothing and emits nothing. A row is the whole
 * declaration: an empty cell clears the field.
 */
@Injectable()
export class DeclarationImportHandler implements ImportRowHandler<ImportTerritory> {
  constructor(private readonly declarations: DeclarationService) {}

  checkColumns(columns: readonly string[]): ImportProblem[] {
    return REQUIRED.filter((column) => !columns.includes(column)).map((column) => ({
      column,
      reason: `the header has no ${column} column`,
    }));
  }

  async prepare(job: ImportJob): Promise<ImportTerritory> {
    return job.parameters['territoryId'] ?? null;
  }

  async applyRows(
    manager: EntityManager,
    rows: readonly CsvRow[],
    territoryId: ImportTerritory,
  ): Promise<ImportRowOutcome[]> {
    const read = rows.map(readRow);
    const valid = read.filter((entry): entry is ReadRow => 'key' in entry);
    const organizations = await organizationsBySiret(
      manager,
      valid.map((row) => row.siret),
    );
    const known = await activeByKey(
      manager,
      valid.flatMap((row) => {
        const organization = organizations.get(row.siret);
        return organization ? [{ organizationId: organization.organizationId, key: row.key }] : [];
      }),
    );
    const outcomes: ImportRowOutcome[] = [];
    for (const entry of read) {
      if (!('key' in entry)) {
        outcomes.push(entry);
        continue;
      }
      const organization = organizations.get(entry.siret);
      if (!organization) {
        outcomes.push(
          rejected({
            column: C.siret,
            reason: `no organization with SIRET ${entry.siret} is known: import it into the directory first (POST /imports/organizations)`,
          }),
        );
      } else if (organization.status !== 'ACTIVE') {
        outcomes.push(rejected({ column: C.siret, reason: 'the organization is archived' }));
      } else if (territoryId !== null && organization.territoryId !== territoryId) {
        outcomes.push(
          rejected({
            column: C.siret,
            reason: 'the organization is not in the import’s territory',
          }),
        );
      } else {
        outcomes.push(await this.apply(manager, entry, organization, known));
      }
    }
    return outcomes;
  }

  problemOf(error: unknown): ImportProblem | undefined {
    const known = asUniqueViolation(error, {
      uq_declaration_import_key: { field: 'reference', reason: 'taken' },
    });
    return known instanceof BadUserInputError
      ? { column: C.reference, reason: 'a declaration with this key was recorded meanwhile' }
      : undefined;
  }

  private async apply(
    manager: EntityManager,
    row: ReadRow,
    organization: ReplicatedOrganization,
    known: Map<string, Declaration>,
  ): Promise<ImportRowOutcome> {
    const existing = known.get(keyOf(organization.organizationId, row.key));
    const { input, violations } = await validateInput(RecordDeclarationInput, {
      ...row.fields,
      organizationId: organization.organizationId,
    });
    if (violations.length > 0) return rejectedFor(row, violations);
    const hazard = hazardProblem(row);
    if (hazard) return rejected(hazard);
    try {
      if (!existing) {
        const declaration = await this.declarations.recordWith(
          manager,
          input,
          organization,
          row.key,
        );
        known.set(keyOf(organization.organizationId, row.key), declaration);
        return { outcome: 'CREATED' };
      }
      if (
        existing.kind !== input.kind ||
        existing.theme !== input.theme ||
        existing.categoryCode !== input.categoryCode
      ) {
        return rejected({
          column: C.categoryCode,
          reason: `the declaration with this key is a ${existing.kind} of ${existing.categoryCode}: a declaration's kind, theme and category do not change (withdraw it, or give the row another reference)`,
        });
      }
      const { kind: _kind, theme: _theme, categoryCode: _category, ...changes } = row.fields;
      const update = await validateInput(UpdateDeclarationInput, { ...changes, id: existing.id });
      if (update.violations.length > 0) return rejectedFor(row, update.violations);
      const { changed } = await this.declarations.updateWith(
        manager,
        update.input,
        existing,
        organization,
      );
      return { outcome: changed ? 'UPDATED' : 'UNCHANGED' };
    } catch (error) {
      return rejectionOf(error, row);
    }
  }
}

async function organizationsBySiret(
  manager: EntityManager,
  sirets: string[],
): Promise<Map<string, ReplicatedOrganization>> {
  if (sirets.length === 0) return new Map();
  const rows: { organization_id: string; siret: string }[] = await manager.query(
    `SELECT organization_id, siret FROM organization WHERE siret = ANY($1)`,
    [[...new Set(sirets)]],
  );
  const entities = await manager.find(ReplicatedOrganization, {
    where: { organizationId: In(rows.map((row) => row.organization_id)) },
  });
  const byId = new Map(entities.map((entity) => [entity.organizationId, entity]));
  return new Map(rows.map((row) => [row.siret, byId.get(row.organization_id)!]));
}

async function activeByKey(
  manager: EntityManager,
  keys: { organizationId: string; key: string }[],
): Promise<Map<string, Declaration>> {
  if (keys.length === 0) return new Map();
  const found = await manager.find(Declaration, {
    where: {
      organizationId: In([...new Set(keys.map((entry) => entry.organizationId))]),
      importKey: In([...new Set(keys.map((entry) => entry.key))]),
      status: DeclarationStatus.ACTIVE,
    },
  });
  return new Map(
    found.map((declaration) => [
      keyOf(declaration.organizationId, declaration.importKey!),
      declaration,
    ]),
  );
}

/** Reads the cells of one row, keeping every problem it meets so a row lists them all. */
class CellReader {
  readonly problems: ImportProblem[] = [];

  constructor(private readonly row: CsvRow) {}

  text(column: string): string {
    return this.row.values[column]?.trim() ?? '';
  }

  optional(column: string): string | null {
    return this.text(column) || null;
  }

  siret(): string {
    const siret = this.text(C.siret).replace(/[\s.]/g, '');
    if (!/^\d{14}$/.test(siret)) {
      this.problems.push({
        column: C.siret,
        reason: `must be a SIRET of 14 digits (got "${this.text(C.siret)}")`,
      });
    }
    return siret;
  }

  decimal(column: string): number | null {
    const value = this.text(column);
    if (!value) return null;
    const parsed = parseDecimal(value);
    if (parsed === null) this.problems.push({ column, reason: `is not a number: got "${value}"` });
    return parsed;
  }

  boolean(column: string): boolean | undefined {
    const value = this.text(column).toLowerCase();
    if (!value) return undefined;
    if (TRUE_WORDS.includes(value)) return true;
    if (FALSE_WORDS.includes(value)) return false;
    this.problems.push({
      column,
      reason: `must be yes or no (oui, non, true, false, 1, 0): got "${this.text(column)}"`,
    });
    return undefined;
  }

  date(column: string): string | null {
    const value = this.text(column);
    // French spreadsheets write days first.
    const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
    return french
      ? `${french[3]}-${french[2].padStart(2, '0')}-${french[1].padStart(2, '0')}`
      : value || null;
  }

  /** Absent column: undefined, the declaration keeps its facts; empty cell: null, it has none. */
  attributes(): Record<string, unknown> | null | undefined {
    if (!(C.attributes in this.row.values)) return undefined;
    const value = this.text(C.attributes);
    if (!value) return null;
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        return parsed as Record<string, unknown>;
      }
    } catch {
      // Reported below, as any other cell that is not a JSON object.
    }
    this.problems.push({
      column: C.attributes,
      reason: `must be a JSON object of technical facts, such as {"temperatureC": 60}: got "${value.slice(0, 100)}"`,
    });
    return undefined;
  }
}

function readRow(row: CsvRow): ReadRow | ImportRowOutcome {
  const cells = new CellReader(row);
  const siret = cells.siret();
  const kindText = cells.text(C.kind).toUpperCase();
  const kind = KINDS[kindText] ?? kindText;
  const categoryCode = cells.text(C.categoryCode).toUpperCase();
  // The theme follows from the category when the file leaves it out.
  const theme = cells.text(C.theme).toUpperCase() || findCategory(categoryCode)?.theme;
  if (!theme) {
    cells.problems.push({
      column: C.categoryCode,
      reason: categoryCode ? `no category has code ${categoryCode}` : 'is empty',
    });
  }
  const label = cells.text(C.label);
  const frequencyText = cells.text(C.frequency).toUpperCase();
  const fields: ReadRow['fields'] = {
    kind,
    theme,
    categoryCode,
    label,
    description: cells.optional(C.description),
    quantity: cells.decimal(C.quantity),
    unit: cells.optional(C.unit),
    frequency: frequencyText ? (FREQUENCIES[frequencyText] ?? frequencyText) : null,
    wasteCode: cells.optional(C.wasteCode),
    authorisedForHazardous: cells.boolean(C.authorisedForHazardous),
    availableFrom: cells.date(C.availableFrom),
    availableUntil: cells.date(C.availableUntil),
    attributes: cells.attributes(),
    economics: economicsOfRow(Object.keys(row.values), (column) => cells.decimal(column)),
  };
  const hazardous = cells.boolean(C.hazardous);
  if (cells.problems.length > 0) return rejected(...cells.problems);
  const reference = cells.text(C.reference);
  const key = reference
    ? `reference:${reference}`
    : `content:${kind}|${categoryCode}|${label.toLowerCase()}`;
  return { siret, key, fields, hazardous, values: row.values, columnOf };
}

/** A `hazardous` cell must agree with the European List of Waste for the row's code. */
function hazardProblem(row: ReadRow): ImportProblem | undefined {
  if (row.hazardous === undefined || !row.fields.wasteCode) return undefined;
  const entry = findWasteCode(row.fields.wasteCode);
  if (!entry || entry.hazardous === row.hazardous) return undefined;
  return {
    column: C.hazardous,
    reason: `the European List of Waste has ${formatWasteCode(entry.code)} ${entry.hazardous ? 'hazardous' : 'not hazardous'}`,
  };
}
