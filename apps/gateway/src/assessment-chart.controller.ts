import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { REQUEST_ID_HEADER } from '@symbiose/platform';
import { GatewayConfig } from './gateway.config';

const UPSTREAM_TIMEOUT_MS = 10_000;

/**
 * The zones' radar chart for steering committees, drawn by the directory.
 * Clients reach only the gateway, so it relays the chart, status and all.
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
    const url = new URL(
      `/territories/${encodeURIComponent(territoryId)}/assessment.svg`,
      this.config.DIRECTORY_URL,
    );
    if (gridVersion !== undefined) url.searchParams.set('gridVersion', gridVersion);
    const upstream = await fetch(url, {
      headers: { [REQUEST_ID_HEADER]: String(request.id) },
      signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS),
    });
    response
      .status(upstream.status)
      .type(upstream.headers.get('content-type') ?? 'text/plain')
      .send(Buffer.from(await upstream.arrayBuffer()));
  }
}
