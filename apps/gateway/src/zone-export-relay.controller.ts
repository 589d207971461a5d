import { Controller, Get, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { GatewayConfig } from './gateway.config';
import { relayFromSubgraph } from './subgraph-relay';

/**
 * A zone's exports: its organizations from the directory, its synergies from the synergy
 * engine. Path and query string go to the subgraph as the client sent them; the subgraph
 * checks them, and the answer is streamed back.
 */
@Controller('zones')
export class ZoneExportRelayController {
  constructor(private readonly config: GatewayConfig) {}

  @Get(':zoneId/organizations.csv')
  organizationsCsv(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.relay(this.config.DIRECTORY_URL, request, response);
  }

  @Get(':zoneId/organizations.geojson')
  organizationsGeojson(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.relay(this.config.DIRECTORY_URL, request, response);
  }

  @Get(':zoneId/synergies.csv')
  synergiesCsv(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.relay(this.config.SYNERGY_ENGINE_URL, request, response);
  }

  @Get(':zoneId/synergies.geojson')
  synergiesGeojson(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.relay(this.config.SYNERGY_ENGINE_URL, request, response);
  }

  private relay(subgraphUrl: string, request: Request, response: Response): Promise<void> {
    return relayFromSubgraph(new URL(request.originalUrl, subgraphUrl), request, response);
  }
}
