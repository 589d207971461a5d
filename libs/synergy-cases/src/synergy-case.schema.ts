import { z } from 'zod';
import {
  annualise,
  COLLECTIVE_NEED_GROUP_CODES,
  findCategory,
  FREQUENCIES,
  TaxonomyError,
  THEMES,
} from '@symbiose/taxonomy';
import { referenceIssues } from './case-references';

/** The labelled-set format this library reads (see src/data/README.md). */
export const SYNERGY_CASES_FORMAT = 'symbiose-synergy-cases/1';

const ref = z.string().trim().min(1);
const text = z.string();
const verdict = z.enum(['MATCH', 'NO_MATCH']);
const pairRef = z.object({ resource: ref, need: ref }).strict();

const firmSchema = z
  .object({
    ref,
    name: text.min(1),
    naf: z.string().regex(/^\d{2}\.\d{2}[A-Z]$/, 'must be a NAF rev. 2 sub-class such as 35.11Z'),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    headcount: z.number().int().min(0).optional(),
    kind: z.enum(['COMPANY', 'PUBLIC_BODY', 'ASSOCIATION', 'CONSULTANCY']).optional(),
    inZone: z.boolean().optional(),
    sirenGroup: ref.optional(),
    authorisations: z.array(ref).optional(),
  })
  .strict();

const declarationSchema = z
  .object({
    ref,
    firm: ref,
    kind: z.enum(['NEED', 'RESOURCE']),
    theme: z.enum(THEMES),
    categoryCode: ref,
    wasteCode: z
      .string()
      .regex(/^\d{6}$/, 'must be six digits')
      .optional(),
    label: text.min(1),
    description: text.optional(),
    quantity: z.number().positive().optional(),
    unit: ref.optional(),
    frequency: z.enum(FREQUENCIES).optional(),
    attributes: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
  .superRefine((declaration, context) => {
    const category = findCategory(declaration.categoryCode);
    if (!category) {
      context.addIssue({
        code: 'custom',
        path: ['categoryCode'],
        message: `${declaration.categoryCode} is not a category of the taxonomy`,
      });
      return;
    }
    if (category.theme !== declaration.theme) {
      context.addIssue({
        code: 'custom',
        path: ['theme'],
        message: `category ${category.code} belongs to ${category.theme}`,
      });
    }
    const { quantity, unit, frequency } = declaration;
    const given = [quantity, unit, frequency].filter((value) => value !== undefined).length;
    if (given !== 0 && given !== 3) {
      context.addIssue({
        code: 'custom',
        path: ['quantity'],
        message: 'quantity, unit and frequency go together',
      });
      return;
    }
    if (quantity === undefined || unit === undefined || frequency === undefined) return;
    try {
      annualise(quantity, unit, frequency, category.dimension);
    } catch (error) {
      if (!(error instanceof TaxonomyError)) throw error;
      context.addIssue({ code: 'custom', path: [error.field], message: error.reason });
    }
  });

const b2bExpectationSchema = pairRef.extend({ verdict, reason: text, source: text }).strict();

const rankingExpectationSchema = z
  .object({ better: pairRef, worse: pairRef, reason: text })
  .strict();

const allocationExpectationSchema = z
  .object({ resource: ref, maxTotal: z.number().positive(), unit: ref, reason: text })
  .strict();

const collectiveExpectationSchema = z
  .object({
    categoryCodes: z.array(ref).min(1).optional(),
    group: z.enum(COLLECTIVE_NEED_GROUP_CODES).optional(),
    members: z.array(ref).min(1),
    verdict,
    reason: text,
    source: text,
  })
  .strict()
  .refine((expectation) => (expectation.categoryCodes === undefined) !== !expectation.group, {
    message: 'must name either categoryCodes or a group',
    path: ['categoryCodes'],
  });

const expectationsSchema = z
  .object({
    b2b: z.array(b2bExpectationSchema).default([]),
    ranking: z.array(rankingExpectationSchema).default([]),
    allocation: z.array(allocationExpectationSchema).default([]),
    collective: z.array(collectiveExpectationSchema).default([]),
  })
  .strict();

export const synergyCaseSchema = z
  .object({
    id: ref,
    title: text.min(1),
    kind: z.enum(['MATCH', 'TRAP']),
    tags: z.array(z.string()).default([]),
    summary: text,
    sources: z.array(text).default([]),
    firms: z.array(firmSchema).min(2).max(8),
    declarations: z.array(declarationSchema).min(1),
    expect: expectationsSchema,
    apiGaps: z.array(text).optional(),
  })
  .strict()
  .superRefine((synergyCase, context) => {
    for (const issue of referenceIssues(synergyCase))
      context.addIssue({ code: 'custom', ...issue });
  });

export const synergyCaseFileSchema = z
  .object({
    format: z.literal(SYNERGY_CASES_FORMAT),
    set: ref,
    description: text.optional(),
    cases: z.array(synergyCaseSchema).min(1),
  })
  .strict()
  .superRefine((file, context) => {
    const seen = new Set<string>();
    file.cases.forEach((synergyCase, index) => {
      if (seen.has(synergyCase.id)) {
        context.addIssue({ code: 'custom', path: ['cases', index, 'id'], message: 'used twice' });
      }
      seen.add(synergyCase.id);
    });
  });

export type SynergyCaseFile = z.infer<typeof synergyCaseFileSchema>;
export type SynergyCase = z.infer<typeof synergyCaseSchema>;
export type CaseFirm = SynergyCase['firms'][number];
export type CaseDeclaration = SynergyCase['declarations'][number];
export type CaseExpectations = SynergyCase['expect'];
export type B2BExpectation = CaseExpectations['b2b'][number];
export type RankingExpectation = CaseExpectations['ranking'][number];
export type AllocationExpectation = CaseExpectations['allocation'][number];
export type CollectiveExpectation = CaseExpectations['collective'][number];
export type PairRef = z.infer<typeof pairRef>;
