import { GridDefinition, GridQuestion } from '../interview-grid/grid-definition';
import { InterviewAnswer } from './interview-answer.entity';
import { InterviewAnswerModel } from './interview.model';

/** The question of a grid that has this key, if any. */
export function questionOf(
  grid: Pick<GridDefinition, 'sections'>,
  key: string,
): GridQuestion | null {
  for (const section of grid.sections) {
    const question = section.questions.find((candidate) => candidate.key === key);
    if (question) return question;
  }
  return null;
}

/**
 * An answer with its question and its value in the field of the question's type; every other
 * typed field null. Answers are checked against their question when recorded, so the value
 * has the type's shape.
 */
export function typedAnswer(
  answer: InterviewAnswer,
  question: GridQuestion | null,
): InterviewAnswerModel {
  const { value } = answer;
  const type = question?.answerType;
  return {
    questionKey: answer.questionKey,
    value,
    recordedAt: answer.recordedAt,
    question,
    textValue: type === 'TEXT' ? (value as string) : null,
    numberValue: type === 'NUMBER' ? (value as number) : null,
    booleanValue: type === 'BOOLEAN' ? (value as boolean) : null,
    choiceValues:
      type === 'CHOICE' ? [value as string] : type === 'MULTI_CHOICE' ? (value as string[]) : null,
  };
}
