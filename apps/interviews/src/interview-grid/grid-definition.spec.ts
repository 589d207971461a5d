import { GridQuestion, gridProblem } from './grid-definition';

const question = (overrides: Partial<GridQuestion>): GridQuestion => ({
  key: 'hr.recruitment_difficulty',
  labelFr: 'Avez-vous des difficultés à recruter ?',
  labelEn: 'Do you find it hard to recruit?',
  answerType: 'CHOICE',
  choices: ['NONE', 'SOME'],
  ...overrides,
});

const problemOf = (overrides: Partial<GridQuestion>) =>
  gridProblem([
    { theme: 'HR_ANIMATION', titleFr: 'RH', titleEn: 'HR', questions: [question(overrides)] },
  ]);

const label = (value: string) => ({ value, labelFr: `${value} fr`, labelEn: `${value} en` });

describe('the labels of a question’s choices', () => {
  it('may be left out', () => {
    expect(problemOf({})).toBeNull();
  });

  it('label each choice once, in order', () => {
    expect(problemOf({ choiceLabels: [label('NONE'), label('SOME')] })).toBeNull();
  });

  it.each([
    ['in another order', [label('SOME'), label('NONE')]],
    ['missing a choice', [label('NONE')]],
    ['naming a value that is no choice', [label('NONE'), label('SOME'), label('SEVERE')]],
  ])('are refused %s, naming the field', (_case, choiceLabels) => {
    expect(problemOf({ choiceLabels })).toEqual({
      field: 'sections.0.questions.0.choiceLabels',
      reason: expect.stringContaining('must label each choice once'),
    });
  });
});
