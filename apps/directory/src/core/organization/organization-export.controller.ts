import { Controller, Get, Param, Res } from '@nestjs/common';
import { Response } from 'express';
import {
  keysetPages,
  NotFoundError,
  requireUuidParam,
  sendCsv,
  sendFeatureCollection,
} from '@symbiose/platform';
import { ZoneService } from '../zone/zone.service';
import {
  ORGANIZATION_CSV_COLUMNS,
  organizationCsvRow,
  organizationFeature,
} from './organization-export';
import { Organization } from './organization.entity';
import { OrganizationService } from './organization.service';

/** A zone's organizations as files to download, read page by page and streamed. */
@Controller('zones')
export class OrganizationExportController {
  constructor(
    private readonly zones: ZoneService,
    private readonly organizations: OrganizationService,
  ) {}

  @Get(':zoneId/organizations.csv')
  async csv(@Param('zoneId') zoneId: string, @Res() response: Response): Promise<void> {
    await this.requireZone(zoneId);
    await sendCsv(
      response,
      `organizations-${zoneId}.csv`,
      ORGANIZATION_CSV_COLUMNS,
      this.rows(zoneId, organizationCsvRow),
    );
  }

  /** Organizations without coordinates are left out, and counted in `withoutLocation`. */
  @Get(':zoneId/organizations.geojson')
  async geojson(@Param('zoneId') zoneId: string, @Res() response: Response): Promise<void> {
    await this.requireZone(zoneId);
    let withoutLocation = 0;
    const features = this.rows(zoneId, organizationFeature);
    async function* located() {
      for await (const feature of features) {
        if (feature) yield feature;
        else withoutLocation += 1;
      }
    }
    await sendFeatureCollection(response, `organizations-${zoneId}.geojson`, located(), () => ({
      withoutLocation,
    }));
  }

  private async requireZone(zoneId: string): Promise<void> {
    requireUuidParam(zoneId, 'zoneId');
    if (!(await this.zones.findById(zoneId))) {
      throw new NotFoundError('zoneId', zoneId);
    }
  }

  private async *rows<T>(zoneId: string, map: (organization: Organization) => T) {
    for await (const organization of keysetPages<Organization>((after, size) =>
      this.organizations.pageOfZone(zoneId, after, size),
    )) {
      yield map(organization);
    }
  }
}
