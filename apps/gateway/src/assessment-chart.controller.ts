import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { GatewayConfig } from './gateway.config';
import { relayFromSubgraph } from './subgraph-relay';

/** The zones' radar chart for steering committees, drawn by the directory. */
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
    const url = new URL(
      `/territories/${encodeURIComponent(territoryId)}/assessment.svg`,
      this.config.DIRECTORY_URL,
    );
    if (gridVersion !== undefined) url.searchParams.set('gridVersion', gridVersion);
    await relayFromSubgraph(url, request, response);
  }
}
