import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { BadUserInputError } from '@symbiose/platform';
import { ZoneService } from '../../core/zone/zone.service';
import { IndicatorDefinition } from '../grid/assessment-grid-definition';
import { AssessmentGridService } from '../grid/assessment-grid.service';
import { EnteredValue } from '../scoring/zone-scoring';
import { EnterIndicatorValueInput } from './dto/enter-indicator-value.input';
import { EnteredIndicatorValue } from './entered-indicator-value.entity';

function requireEnteredIndicator(indicators: IndicatorDefinition[], key: string) {
  const indicator = indicators.find((candidate) => candidate.key === key);
  if (!indicator) throw new BadUserInputError('indicatorKey', `the grid has no indicator ${key}`);
  if (indicator.kind !== 'ENTERED' || !indicator.scale) {
    throw new BadUserInputError('indicatorKey', `${key} is computed from the data, not entered`);
  }
  return { ...indicator, scale: indicator.scale };
}

@Injectable()
export class EnteredIndicatorValueService {
  constructor(
    @InjectRepository(EnteredIndicatorValue)
    private readonly values: Repository<EnteredIndicatorValue>,
    private readonly zones: ZoneService,
    private readonly grids: AssessmentGridService,
  ) {}

  /** Keeps the entry; it replaces, for the assessments to come, the zone's earlier one. */
  async enter(input: EnterIndicatorValueInput): Promise<EnteredIndicatorValue> {
    await this.zones.requireExisting(input.zoneId, 'zoneId');
    const grid = await this.grids.require(input.gridVersion, 'gridVersion');
    const { scale } = requireEnteredIndicator(grid.indicators, input.indicatorKey);
    if (!scale.some(({ level }) => level === input.level)) {
      throw new BadUserInputError(
        'level',
        `must be a level of the scale, 0 to ${scale.length - 1}`,
      );
    }
    return this.values.save(
      this.values.create({
        zoneId: input.zoneId,
        gridVersion: input.gridVersion,
        indicatorKey: input.indicatorKey,
        level: input.level,
        justification: input.justification,
      }),
    );
  }

  /** The latest value of each indicator entered for the zone on the grid, by indicator key. */
  async latest(zoneId: string, gridVersion: number): Promise<Map<string, EnteredValue>> {
    const rows = await this.values
      .createQueryBuilder('value')
      .distinctOn(['value.indicatorKey'])
      .where('value.zoneId = :zoneId AND value.gridVersion = :gridVersion', { zoneId, gridVersion })
      .orderBy('value.indicatorKey')
      .addOrderBy('value.enteredAt', 'DESC')
      .addOrderBy('value.id', 'DESC')
      .getMany();
    return new Map(
      rows.map(({ indicatorKey, level, justification }) => [
        indicatorKey,
        { level, justification },
      ]),
    );
  }
}
