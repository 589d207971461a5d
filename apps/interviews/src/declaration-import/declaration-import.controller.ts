import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { Request, Response } from 'express';
import { acceptUpload, ImportJobs, importStatus, requireCsvBody } from '@symbiose/imports';
import { KnownZones } from '@symbiose/directory-replica';
import { BadUserInputError, RequestAuthenticator } from '@symbiose/platform';

/**
 * `POST /imports/declarations` (`?territoryId=…`, `&dryRun=true`): a CSV of needs and resources,
 * stored and imported in the background; with a territory, rows of organizations elsewhere are
 * refused (a facilitator's import must name one of theirs). Answers 202 with the job's id and, in Location, where its state is
 * read.
 */
@Controller('imports/declarations')
export class DeclarationImportController {
  constructor(
    private readonly jobs: ImportJobs,
    private readonly authenticator: RequestAuthenticator,
    private readonly zones: KnownZones,
  ) {}

  @Post()
  @HttpCode(202)
  async upload(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @Query('dryRun') dryRun?: string,
    @Query('territoryId') territoryId?: string,
  ) {
    requireCsvBody(request);
    if (territoryId !== undefined) {
      if (!isUUID(territoryId)) throw new BadUserInputError('territoryId', 'must be a UUID');
      await this.zones.requireTerritory(territoryId, 'territoryId');
    }
    return acceptUpload(this.jobs, this.authenticator, request, response, {
      dryRun,
      parameters: territoryId === undefined ? {} : { territoryId },
    });
  }

  /** The job's state and counts; its rejected rows are read through GraphQL (`declarationImport`). */
  @Get(':id')
  status(@Param('id') id: string) {
    return importStatus(this.jobs, id, 'declaration import');
  }
}
