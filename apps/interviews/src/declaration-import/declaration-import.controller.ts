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
import { RequestAuthenticator } from '@symbiose/platform';

/**
 * `POST /imports/declarations` (`?dryRun=true`): a CSV of needs and resources, stored and
 * imported in the background. Answers 202 with the job's id and, in Location, where its state is
 * read.
 */
@Controller('imports/declarations')
export class DeclarationImportController {
  constructor(
    private readonly jobs: ImportJobs,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  @Post()
  @HttpCode(202)
  async upload(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @Query('dryRun') dryRun?: string,
  ) {
    requireCsvBody(request);
    const principal = await this.authenticator.authenticate(request);
    const job = await closingOnRefusal(response, () =>
      this.jobs.receive(request, {
        dryRun: parseDryRun(dryRun),
        parameters: {},
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
