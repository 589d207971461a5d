import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { GatewayConfig } from './gateway.config';
import { relayFromSubgraph } from './subgraph-relay';

/**
 * Partner imports: `POST /imports/organizations` to the directory, `POST /imports/declarations`
 * to the interviews, with the CSV streamed through as it comes, and `GET /imports/<kind>/<id>`
 * for a job's state. The query string (zoneId, territoryId, dryRun) goes along as it is.
 */
@Controller('imports')
export class ImportRelayController {
  constructor(private readonly config: GatewayConfig) {}

  @Post('organizations')
  async organizations(@Req() request: Request, @Res() response: Response): Promise<void> {
    await relayFromSubgraph(this.url(this.config.DIRECTORY_URL, request), request, response);
  }

  @Get('organizations/:id')
  async organizationImport(
    @Param('id') _id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await relayFromSubgraph(this.url(this.config.DIRECTORY_URL, request), request, response);
  }

  @Post('declarations')
  async declarations(@Req() request: Request, @Res() response: Response): Promise<void> {
    await relayFromSubgraph(this.url(this.config.INTERVIEWS_URL, request), request, response);
  }

  @Get('declarations/:id')
  async declarationImport(
    @Param('id') _id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await relayFromSubgraph(this.url(this.config.INTERVIEWS_URL, request), request, response);
  }

  /** The same path and query on the subgraph. */
  private url(baseUrl: string, request: Request): URL {
    return new URL(request.originalUrl, baseUrl);
  }
}
