import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { GatewayConfig } from './gateway.config';
import { relayFromSubgraph } from './subgraph-relay';

/** A prioritisation workshop's impact-against-investment matrix, drawn by the workshops. */
@Controller('workshops')
export class PrioritisationChartController {
  constructor(private readonly config: GatewayConfig) {}

  @Get(':id/prioritisation.svg')
  async chart(
    @Param('id') workshopId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const url = new URL(
      `/workshops/${encodeURIComponent(workshopId)}/prioritisation.svg`,
      this.config.WORKSHOPS_URL,
    );
    await relayFromSubgraph(url, request, response);
  }
}
