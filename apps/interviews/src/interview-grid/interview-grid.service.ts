import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { BadUserInputError, saveNextVersion } from '@symbiose/platform';
import { GridQuestionInput, PublishInterviewGridInput } from './dto/publish-interview-grid.input';
import { GridQuestion, gridProblem } from './grid-definition';
import { InterviewGrid } from './interview-grid.entity';

/** A question as stored: its choices named by their labels when only those are given. */
function toGridQuestion(input: GridQuestionInput): GridQuestion {
  const { key, labelFr, labelEn, answerType, choiceLabels } = input;
  const choices = input.choices ?? choiceLabels?.map((choice) => choice.value);
  return {
    key,
    labelFr,
    labelEn,
    answerType,
    ...(choices ? { choices } : {}),
    ...(choiceLabels
      ? {
          choiceLabels: choiceLabels.map(({ value, labelFr, labelEn }) => ({
            value,
            labelFr,
            labelEn,
          })),
        }
      : {}),
  };
}

@Injectable()
export class InterviewGridService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(InterviewGrid) private readonly grids: Repository<InterviewGrid>,
  ) {}

  /** The version asked, or the latest one. */
  find(version?: number | null): Promise<InterviewGrid | null> {
    return version == null
      ? this.grids.findOne({ where: {}, order: { version: 'DESC' } })
      : this.grids.findOneBy({ version });
  }

  async require(version: number | null | undefined, field: string): Promise<InterviewGrid> {
    const grid = await this.find(version);
    if (!grid) throw new BadUserInputError(field, `no interview grid has version ${version}`);
    return grid;
  }

  /** Stores the grid as the next version; the versions before it stay as they were. */
  async publish(input: PublishInterviewGridInput): Promise<InterviewGrid> {
    const sections = input.sections.map(({ theme, titleFr, titleEn, questions }) => ({
      theme,
      titleFr,
      titleEn,
      questions: questions.map(toGridQuestion),
    }));
    const problem = gridProblem(sections);
    if (problem) throw new BadUserInputError(problem.field, problem.reason);
    return saveNextVersion(this.dataSource, InterviewGrid, { title: input.title, sections });
  }
}
