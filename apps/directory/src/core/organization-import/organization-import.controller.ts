import {
  BadRequestException,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { isUUID } from 'class-validator';
import { Request, Response } from 'express';
import { acceptUpload, ImportJobs, importStatus, requireCsvBody } from '@symbiose/imports';
import { BadUserInputError, RequestAuthenticator } from '@symbiose/platform';
import { TerritoryService } from '../territory/territory.service';
import { ZoneService } from '../zone/zone.service';

/**
 * `POST /imports/organizations?zoneId=…` (or `?territoryId=…`, `&dryRun=true`): a CSV of INSEE's
 * establishment file, stored and imported in the background. Answers 202 with the job's id and,
 * in Location, where its state is read.
 */
@Controller('imports/organizations')
export class OrganizationImportController {
  constructor(
    private readonly jobs: ImportJobs,
    private readonly authenticator: RequestAuthenticator,
    private readonly zones: ZoneService,
    private readonly territories: TerritoryService,
  ) {}

  @Post()
  @HttpCode(202)
  async upload(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @Query('zoneId') zoneId?: string,
    @Query('territoryId') territoryId?: string,
    @Query('dryRun') dryRun?: string,
  ) {
    requireCsvBody(request);
    const parameters = await this.placeOf(zoneId, territoryId);
    return acceptUpload(this.jobs, this.authenticator, request, response, { dryRun, parameters });
  }

  /** The job's state and counts; its rejected rows are read through GraphQL (`organizationImport`). */
  @Get(':id')
  status(@Param('id') id: string) {
    return importStatus(this.jobs, id, 'organization import');
  }

  /** Where the organizations go: a zone (in its territory), or a territory and no zone. */
  private async placeOf(zoneId?: string, territoryId?: string): Promise<Record<string, string>> {
    if ((zoneId === undefined) === (territoryId === undefined)) {
      throw new BadRequestException(
        'give either zoneId (the zone the establishments are in) or territoryId (no zone)',
      );
    }
    // A BAD_USER_INPUT here is answered 400, naming the parameter, as every route's is.
    if (zoneId !== undefined) {
      if (!isUUID(zoneId)) throw new BadUserInputError('zoneId', 'must be a UUID');
      await this.zones.requireExisting(zoneId, 'zoneId');
      return { zoneId };
    }
    if (!isUUID(territoryId)) throw new BadUserInputError('territoryId', 'must be a UUID');
    await this.territories.requireExisting(territoryId!, 'territoryId');
    return { territoryId: territoryId! };
  }
}
