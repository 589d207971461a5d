import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { BadUserInputError, saveNextVersion } from '@symbiose/platform';
import { gridProblem, IndicatorDefinition } from './assessment-grid-definition';
import { AssessmentGrid } from './assessment-grid.entity';
import {
  AssessmentIndicatorInput,
  PublishAssessmentGridInput,
} from './dto/publish-assessment-grid.input';

/** The definition as stored: only the parts its kind has. */
function definitionOf(input: AssessmentIndicatorInput): IndicatorDefinition {
  const { key, dynamic, labelFr, labelEn, kind, weight, rule, normalisation, scale } = input;
  return {
    key,
    dynamic,
    labelFr,
    labelEn,
    kind,
    weight,
    ...(rule ? { rule } : {}),
    ...(normalisation ? { normalisation: { min: normalisation.min, max: normalisation.max } } : {}),
    ...(scale
      ? { scale: scale.map(({ level, labelFr, labelEn }) => ({ level, labelFr, labelEn })) }
      : {}),
  };
}

@Injectable()
export class AssessmentGridService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(AssessmentGrid) private readonly grids: Repository<AssessmentGrid>,
  ) {}

  /** The version asked, or the latest one. */
  find(version?: number | null): Promise<AssessmentGrid | null> {
    return version == null
      ? this.grids.findOne({ where: {}, order: { version: 'DESC' } })
      : this.grids.findOneBy({ version });
  }

  async require(version: number, field: string): Promise<AssessmentGrid> {
    const grid = await this.find(version);
    if (!grid) throw new BadUserInputError(field, `no assessment grid has version ${version}`);
    return grid;
  }

  /** Stores the grid as the next version; the versions before it stay as they were. */
  async publish(input: PublishAssessmentGridInput): Promise<AssessmentGrid> {
    const indicators = input.indicators.map(definitionOf);
    const problem = gridProblem(indicators);
    if (problem) throw new BadUserInputError(problem.field, problem.reason);
    return saveNextVersion(this.dataSource, AssessmentGrid, { title: input.title, indicators });
  }
}
