import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { BadUserInputError, Connection, PageArgs, paginate } from '@symbiose/platform';
import { TerritoryService } from '../../core/territory/territory.service';
import { Zone } from '../../core/zone/zone.entity';
import { ZoneService } from '../../core/zone/zone.service';
import { EnteredIndicatorValueService } from '../entered-value/entered-indicator-value.service';
import { AssessmentGridService } from '../grid/assessment-grid.service';
import { ZoneFactsService } from '../scoring/zone-facts.service';
import { missingEnteredIndicator, scoreZone } from '../scoring/zone-scoring';
import { ZoneAssessment } from './zone-assessment.entity';

/** A zone with its latest assessment on a grid, ranked among its territory's zones. */
export interface ZoneComparison {
  rank: number;
  zone: Zone;
  assessment: ZoneAssessment;
}

@Injectable()
export class ZoneAssessmentService {
  constructor(
    @InjectRepository(ZoneAssessment) private readonly assessments: Repository<ZoneAssessment>,
    private readonly zones: ZoneService,
    private readonly territories: TerritoryService,
    private readonly grids: AssessmentGridService,
    private readonly enteredValues: EnteredIndicatorValueService,
    private readonly facts: ZoneFactsService,
  ) {}

  /** Scores the zone as its data and entered values stand today, and keeps it beside the earlier ones. */
  async assess(zoneId: string, gridVersion: number): Promise<ZoneAssessment> {
    const zone = await this.zones.requireExisting(zoneId, 'zoneId');
    const grid = await this.grids.require(gridVersion, 'gridVersion');
    const entered = await this.enteredValues.latest(zoneId, gridVersion);
    const missing = missingEnteredIndicator(grid.indicators, entered);
    if (missing) {
      throw new BadUserInputError(
        'zoneId',
        `no value entered for the indicator ${missing.key} on grid ${gridVersion}: enter it first`,
      );
    }
    const scores = scoreZone(grid.indicators, await this.facts.of(zone), entered);
    return this.assessments.save(this.assessments.create({ zoneId, gridVersion, ...scores }));
  }

  /** The zone's assessments, on every grid, the latest first. */
  async listByZone(zoneId: string, page: PageArgs): Promise<Connection<ZoneAssessment>> {
    await this.zones.requireExisting(zoneId, 'zoneId');
    const query = this.assessments
      .createQueryBuilder('assessment')
      .where('assessment.zoneId = :zoneId', { zoneId })
      .orderBy('assessment.assessedAt', 'DESC')
      .addOrderBy('assessment.id', 'DESC');
    return paginate(query, page);
  }

  /** The territory's assessed zones by their latest assessment on the grid, the best first. */
  async compare(territoryId: string, gridVersion: number): Promise<ZoneComparison[]> {
    await this.territories.requireExisting(territoryId, 'territoryId');
    await this.grids.require(gridVersion, 'gridVersion');
    const zones = await this.zones.findByTerritoryIds([territoryId]);
    if (zones.length === 0) return [];
    const latest = await this.assessments
      .createQueryBuilder('assessment')
      .distinctOn(['assessment.zoneId'])
      .where('assessment.zoneId IN (:...zoneIds)', { zoneIds: zones.map((zone) => zone.id) })
      .andWhere('assessment.gridVersion = :gridVersion', { gridVersion })
      .orderBy('assessment.zoneId')
      .addOrderBy('assessment.assessedAt', 'DESC')
      .addOrderBy('assessment.id', 'DESC')
      .getMany();
    return zones
      .flatMap((zone) => {
        const assessment = latest.find((candidate) => candidate.zoneId === zone.id);
        return assessment ? [{ zone, assessment }] : [];
      })
      .sort(
        (a, b) =>
          b.assessment.overallScore - a.assessment.overallScore ||
          a.zone.name.localeCompare(b.zone.name),
      )
      .map((entry, index) => ({ rank: index + 1, ...entry }));
  }
}
