import { MigrationInterface, QueryRunner } from 'typeorm';
import { CAHORS_SUD_GRID } from '../interview-grid/cahors-sud-grid';
import { GridSection } from '../interview-grid/grid-definition';

function withoutChoiceLabels(sections: GridSection[]): GridSection[] {
  return sections.map((section) => ({
    ...section,
    questions: section.questions.map(({ choiceLabels: _labels, ...question }) => question),
  }));
}

/**
 * Gives the choices of the Cahors Sud grid (version 1) their French and English labels where it
 * was stored without them. Only a version 1 that is exactly that grid is touched; the labels name
 * the same values, so no answer changes meaning.
 */
export class GridChoiceLabels1766300000000 implements MigrationInterface {
  name = 'GridChoiceLabels1766300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE interview_grid SET sections = $1::jsonb WHERE version = 1 AND sections = $2::jsonb`,
      [
        JSON.stringify(CAHORS_SUD_GRID.sections),
        JSON.stringify(withoutChoiceLabels(CAHORS_SUD_GRID.sections)),
      ],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE interview_grid SET sections = $1::jsonb WHERE version = 1 AND sections = $2::jsonb`,
      [
        JSON.stringify(withoutChoiceLabels(CAHORS_SUD_GRID.sections)),
        JSON.stringify(CAHORS_SUD_GRID.sections),
      ],
    );
  }
}
