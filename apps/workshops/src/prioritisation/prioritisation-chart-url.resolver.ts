import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BaseConfig, CurrentPrincipal } from '@symbiose/platform';
import { pictureResource, Principal, signedPictureUrl } from '@symbiose/tokens';
import { WorkshopKind } from '../workshop/workshop-enums';
import { WorkshopModel } from '../workshop/workshop.model';

/** The matrix of a prioritisation workshop as a URL a page can show without a token. */
@Resolver(() => WorkshopModel)
export class PrioritisationChartUrlResolver {
  constructor(private readonly config: BaseConfig) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The impact-against-investment matrix (SVG) by a signed URL for <img src>, which opens this ' +
      'picture only and expires after PICTURE_URL_LIFETIME_SECONDS (5 minutes by default): ask ' +
      'again for a fresh one. Null for a workshop that is no prioritisation, and for callers who ' +
      'may not see the matrix.',
  })
  async prioritisationMatrixUrl(
    @Parent() workshop: WorkshopModel,
    @CurrentPrincipal() principal: Principal,
  ): Promise<string | null> {
    if (workshop.kind !== WorkshopKind.PRIORITISATION) return null;
    const resource = pictureResource(`/workshops/${workshop.id}/prioritisation.svg`);
    return signedPictureUrl(resource, principal, this.config);
  }
}
