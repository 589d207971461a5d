import {
  BadRequestException,
  Controller,
  Get,
  Header,
  NotFoundException,
  Param,
} from '@nestjs/common';
import { isUUID } from 'class-validator';
import { WorkshopKind } from '../workshop/workshop-enums';
import { WorkshopService } from '../workshop/workshop.service';
import { prioritisationMatrixSvg } from './matrix-svg';
import { PrioritisationService } from './prioritisation.service';

@Controller('workshops')
export class PrioritisationChartController {
  constructor(
    private readonly workshops: WorkshopService,
    private readonly prioritisations: PrioritisationService,
  ) {}

  /** The impact-against-investment matrix of a prioritisation workshop, as the votes stand. */
  @Get(':id/prioritisation.svg')
  @Header('Content-Type', 'image/svg+xml; charset=utf-8')
  async chart(@Param('id') id: string): Promise<string> {
    if (!isUUID(id)) throw new BadRequestException('id: must be a UUID');
    const workshop = await this.workshops.findById(id);
    if (workshop?.kind !== WorkshopKind.PRIORITISATION) {
      throw new NotFoundException(`no prioritisation workshop has id ${id}`);
    }
    const matrix = await this.prioritisations.matrix(id);
    return prioritisationMatrixSvg(`Priorisation – ${workshop.title}`, matrix.ranking);
  }
}
