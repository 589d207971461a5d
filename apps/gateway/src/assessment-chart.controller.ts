import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { pictureResource } from '@symbiose/tokens';
import { GatewayConfig } from './gateway.config';
import { relayPicture } from './picture-relay';

/**
 * The zones' radar chart for steering committees, drawn by the directory: with a bearer token,
 * or by the signed URL of `Territory.assessmentChartUrl`.
 */
@Controller('territories')
export class AssessmentChartController {
  constructor(private readonly config: GatewayConfig) {}

  @Get(':id/assessment.svg')
  async chart(
    @Param('id') territoryId: string,
    @Query('gridVersion') gridVersion: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const resource = pictureResource(
      `/territories/${encodeURIComponent(territoryId)}/assessment.svg`,
      gridVersion === undefined ? {} : { gridVersion: String(gridVersion) },
    );
    await relayPicture(resource, this.config.DIRECTORY_URL, request, response, this.config);
  }
}
