import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { SYNERGY_KINDS, SYNERGY_STATUSES } from '@symbiose/contracts';
import { KnownZones } from '@symbiose/directory-replica';
import {
  booleanParam,
  keysetPages,
  NotFoundError,
  optionalChoiceParam,
  requireUuidParam,
  sendCsv,
  sendFeatureCollection,
} from '@symbiose/platform';
import { THEMES } from '@symbiose/taxonomy';
import { OrganizationService } from '../organization/organization.service';
import type { SynergyFilter } from '../synergy/dto/synergies.args';
import { SynergyListing } from '../synergy/synergy-listing.service';
import { RealisedTotals } from '../synergy-outcome/realised-impact';
import {
  LocatedSynergy,
  SYNERGY_CSV_COLUMNS,
  synergyCsvRow,
  synergyFeature,
} from './synergy-export';

/** The narrowing an export's query string may ask for. */
type ExportQuery = Partial<Record<'status' | 'kind' | 'theme' | 'includeObsolete', unknown>>;

/**
 * A zone's synergies (those with a participant in the zone) as files to download, read page by
 * page with their participants' locations and streamed.
 */
@Controller('zones')
export class SynergyExportController {
  constructor(
    private readonly zones: KnownZones,
    private readonly listing: SynergyListing,
    private readonly organizations: OrganizationService,
    private readonly realised: RealisedTotals,
  ) {}

  @Get(':zoneId/synergies.csv')
  async csv(
    @Param('zoneId') zoneId: string,
    @Query() query: ExportQuery,
    @Res() response: Response,
  ): Promise<void> {
    const synergies = this.located(await this.filterOf(zoneId, query));
    async function* rows() {
      for await (const located of synergies) yield synergyCsvRow(located);
    }
    await sendCsv(response, `synergies-${zoneId}.csv`, SYNERGY_CSV_COLUMNS, rows());
  }

  /** Synergies that cannot be drawn (a side without coordinates) are left out, and counted in `withoutLocation`. */
  @Get(':zoneId/synergies.geojson')
  async geojson(
    @Param('zoneId') zoneId: string,
    @Query() query: ExportQuery,
    @Res() response: Response,
  ): Promise<void> {
    const synergies = this.located(await this.filterOf(zoneId, query));
    let withoutLocation = 0;
    async function* features() {
      for await (const located of synergies) {
        const feature = synergyFeature(located);
        if (feature) yield feature;
        else withoutLocation += 1;
      }
    }
    await sendFeatureCollection(response, `synergies-${zoneId}.geojson`, features(), () => ({
      withoutLocation,
    }));
  }

  /** The filter the route and its query string ask for; HTTP 400 or 404 naming what is wrong. */
  private async filterOf(zoneId: string, query: ExportQuery): Promise<SynergyFilter> {
    requireUuidParam(zoneId, 'zoneId');
    const filter: SynergyFilter = {
      zoneId,
      status: optionalChoiceParam(query.status, 'status', SYNERGY_STATUSES),
      kind: optionalChoiceParam(query.kind, 'kind', SYNERGY_KINDS),
      theme: optionalChoiceParam(query.theme, 'theme', THEMES),
      includeObsolete: booleanParam(query.includeObsolete, 'includeObsolete', false),
    };
    if (!(await this.zones.exists(zoneId))) {
      throw new NotFoundError('zoneId', zoneId);
    }
    return filter;
  }

  /**
   * Every synergy the filter keeps, a page at a time, each page's locations and realised
   * outcomes read at once.
   */
  private located(filter: SynergyFilter): AsyncGenerator<LocatedSynergy> {
    return keysetPages<LocatedSynergy>(async (after, size) => {
      const synergies = await this.listing.pageAfter(filter, after?.synergy, size);
      const [positions, realised] = await Promise.all([
        this.organizations.positionsOf([
          ...new Set(synergies.flatMap((synergy) => synergy.organizationIds)),
        ]),
        this.realised.ofSynergies(synergies.map((synergy) => synergy.id)),
      ]);
      return synergies.map((synergy) => ({
        synergy,
        positions,
        realised: realised.get(synergy.id) ?? null,
      }));
    });
  }
}
