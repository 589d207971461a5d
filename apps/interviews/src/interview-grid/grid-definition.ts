import { Theme } from '@symbiose/taxonomy';

export const ANSWER_TYPES = ['TEXT', 'NUMBER', 'BOOLEAN', 'CHOICE', 'MULTI_CHOICE'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** One allowed answer of a choice question, with what to show for it. */
export interface GridChoice {
  value: string;
  labelFr: string;
  labelEn: string;
}

export interface GridQuestion {
  /** Stable within a grid and across its versions when the question means the same. */
  key: string;
  labelFr: string;
  labelEn: string;
  answerType: AnswerType;
  /** The allowed answers of a CHOICE or MULTI_CHOICE question. */
  choices?: string[];
  /** The labels of `choices`, one for one and in their order, when the grid gives them. */
  choiceLabels?: GridChoice[];
}

export interface GridSection {
  theme: Theme;
  titleFr: string;
  titleEn: string;
  questions: GridQuestion[];
}

export interface GridDefinition {
  title: string;
  sections: GridSection[];
}

/** Why an answer does not fit its question, or null when it does. */
export function answerProblem(question: GridQuestion, value: unknown): string | null {
  switch (question.answerType) {
    case 'TEXT':
      return typeof value === 'string' && value.trim().length > 0
        ? null
        : 'must be a non-empty text';
    case 'NUMBER':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a finite number';
    case 'BOOLEAN':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'CHOICE':
      return typeof value === 'string' && question.choices?.includes(value)
        ? null
        : `must be one of ${question.choices?.join(', ')}`;
    case 'MULTI_CHOICE':
      return Array.isArray(value) &&
        new Set(value).size === value.length &&
        value.every((item) => typeof item === 'string' && question.choices?.includes(item))
        ? null
        : `must be a list of distinct values among ${question.choices?.join(', ')}`;
  }
}

/** Why a question's choice labels do not label its choices one for one, in order; null if they do. */
function choiceLabelsProblem({ choices = [], choiceLabels }: GridQuestion): string | null {
  if (choiceLabels === undefined) return null;
  const values = choiceLabels.map((choice) => choice.value);
  if (values.length === choices.length && values.every((value, i) => value === choices[i])) {
    return null;
  }
  return `must label each choice once, in the order of choices (${choices.join(', ')}), not ${values.join(', ')}`;
}

/** Why a grid cannot be published, with the path of the offending part, or null when it can. */
export function gridProblem(sections: GridSection[]): { field: string; reason: string } | null {
  if (sections.length === 0)
    return { field: 'sections', reason: 'a grid needs at least one section' };
  const keys = new Set<string>();
  for (const [s, section] of sections.entries()) {
    if (section.questions.length === 0) {
      return { field: `sections.${s}.questions`, reason: 'a section needs at least one question' };
    }
    for (const [q, question] of section.questions.entries()) {
      const field = `sections.${s}.questions.${q}`;
      if (keys.has(question.key))
        return { field: `${field}.key`, reason: `${question.key} is used twice` };
      keys.add(question.key);
      const needsChoices =
        question.answerType === 'CHOICE' || question.answerType === 'MULTI_CHOICE';
      if (needsChoices && (question.choices?.length ?? 0) < 2) {
        return {
          field: `${field}.choices`,
          reason: 'a choice question needs at least two choices',
        };
      }
      if (!needsChoices && question.choices?.length) {
        return {
          field: `${field}.choices`,
          reason: `a ${question.answerType} question has no choices`,
        };
      }
      const labelsProblem = choiceLabelsProblem(question);
      if (labelsProblem) return { field: `${field}.choiceLabels`, reason: labelsProblem };
    }
  }
  return null;
}

export function findQuestion(sections: GridSection[], key: string): GridQuestion | undefined {
  return sections.flatMap((section) => section.questions).find((question) => question.key === key);
}
