import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BadUserInputError, BaseConfig, CurrentPrincipal } from '@symbiose/platform';
import { pictureResource, Principal, signedPictureUrl } from '@symbiose/tokens';
import { TerritoryModel } from '../../core/territory/territory.model';

/** The zones' radar chart of a territory as a URL a page can show without a token. */
@Resolver(() => TerritoryModel)
export class AssessmentChartUrlResolver {
  constructor(private readonly config: BaseConfig) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      "The radar chart (SVG) of the territory's assessed zones by a signed URL for <img src>, " +
      'which opens this picture only and expires after PICTURE_URL_LIFETIME_SECONDS (5 minutes ' +
      'by default): ask again for a fresh one. Null for callers who may not see the chart.',
  })
  async assessmentChartUrl(
    @Parent() territory: TerritoryModel,
    @CurrentPrincipal() principal: Principal,
    @Args('gridVersion', {
      type: () => Int,
      nullable: true,
      description: 'The assessment grid; the latest when none is given',
    })
    gridVersion?: number | null,
  ): Promise<string> {
    if (gridVersion !== undefined && gridVersion !== null && gridVersion < 1) {
      throw new BadUserInputError(
        'gridVersion',
        `must be a grid version, 1 or more; got ${gridVersion}`,
      );
    }
    const resource = pictureResource(
      `/territories/${territory.id}/assessment.svg`,
      gridVersion === undefined || gridVersion === null ? {} : { gridVersion: String(gridVersion) },
    );
    return signedPictureUrl(resource, principal, this.config);
  }
}
