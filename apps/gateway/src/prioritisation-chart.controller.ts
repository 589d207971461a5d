import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { pictureResource } from '@symbiose/tokens';
import { GatewayConfig } from './gateway.config';
import { relayPicture } from './picture-relay';

/**
 * A prioritisation workshop's impact-against-investment matrix, drawn by the workshops: with a
 * bearer token, or by the signed URL of `Workshop.prioritisationMatrixUrl`.
 */
@Controller('workshops')
export class PrioritisationChartController {
  constructor(private readonly config: GatewayConfig) {}

  @Get(':id/prioritisation.svg')
  async chart(
    @Param('id') workshopId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const resource = pictureResource(
      `/workshops/${encodeURIComponent(workshopId)}/prioritisation.svg`,
    );
    await relayPicture(resource, this.config.WORKSHOPS_URL, request, response, this.config);
  }
}
