import {
  BadRequestException,
  Controller,
  Get,
  Header,
  NotFoundException,
  Param,
  Query,
} from '@nestjs/common';
import { isUUID } from 'class-validator';
import { TerritoryService } from '../../core/territory/territory.service';
import { DYNAMICS, Dynamic } from '../grid/assessment-grid-definition';
import { AssessmentGridService } from '../grid/assessment-grid.service';
import { ZoneAssessmentService } from '../zone-assessment/zone-assessment.service';
import { radarChartSvg } from './radar-chart';

/** The axes as the committee's slides name them, in French like the rest of the programme's. */
const AXIS_LABELS: Record<Dynamic, string> = {
  TERRITORIAL: 'Territoriale',
  ECONOMIC: 'Économique',
  ENVIRONMENTAL: 'Environnementale',
  SOCIAL_ORGANISATIONAL: 'Sociale et organisationnelle',
};

@Controller('territories')
export class AssessmentChartController {
  constructor(
    private readonly territories: TerritoryService,
    private readonly grids: AssessmentGridService,
    private readonly assessments: ZoneAssessmentService,
  ) {}

  /** A radar of the territory's assessed zones on a grid (the latest when none is given). */
  @Get(':id/assessment.svg')
  @Header('Content-Type', 'image/svg+xml; charset=utf-8')
  async chart(
    @Param('id') id: string,
    @Query('gridVersion') gridVersion?: string,
  ): Promise<string> {
    if (!isUUID(id)) throw new BadRequestException('id: must be a UUID');
    if (gridVersion !== undefined && !/^[1-9]\d{0,8}$/.test(gridVersion)) {
      throw new BadRequestException('gridVersion: must be a grid version, 1 or more');
    }
    const territory = await this.territories.findById(id);
    if (!territory) throw new NotFoundException(`no territory has id ${id}`);
    const grid = await this.grids.find(gridVersion === undefined ? null : Number(gridVersion));
    if (!grid) throw new NotFoundException(`no assessment grid has version ${gridVersion}`);
    const ranked = await this.assessments.compare(territory.id, grid.version);
    return radarChartSvg({
      title: `Potentiel EIT des zones – ${territory.name} (grille ${grid.version})`,
      axes: DYNAMICS.map((dynamic) => AXIS_LABELS[dynamic]),
      series: ranked.map(({ zone, assessment }) => ({
        name: `${zone.name} (${assessment.overallScore})`,
        values: DYNAMICS.map(
          (dynamic) =>
            assessment.dynamicScores.find((score) => score.dynamic === dynamic)?.score ?? 0,
        ),
      })),
    });
  }
}
