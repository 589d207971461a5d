import {
  BadRequestException,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { isUUID } from 'class-validator';
import { Request, Response } from 'express';
import {
  closingOnRefusal,
  ImportJobs,
  importJobView,
  parseDryRun,
  requireCsvBody,
} from '@symbiose/imports';
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
    const principal = await this.authenticator.authenticate(request);
    const job = await closingOnRefusal(response, () =>
      this.jobs.receive(request, {
        dryRun: parseDryRun(dryRun),
        parameters: territoryId === undefined ? {} : { territoryId },
        requestedBy: {
          subject: principal.subject,
          roles: principal.roles,
          partnerId: principal.partnerId ?? null,
        },
        requestId: typeof request.id === 'string' ? request.id : null,
      }),
    );
    response.setHeader('Location', `/imports/declarations/${job.id}`);
    return { importId: job.id, status: job.status, dryRun: job.dryRun };
  }

  /** The job's state and counts; its rejected rows are read through GraphQL (`declarationImport`). */
  @Get(':id')
  async status(@Param('id') id: string) {
    if (!isUUID(id)) throw new BadRequestException('id: must be a UUID');
    const job = await this.jobs.find(id);
    if (!job) throw new NotFoundException(`no declaration import has id ${id}`);
    return importJobView(job);
  }
}
