import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'symbiose:public-route';

/** A route anyone may call without a token: health and metrics, nothing else. */
export const PublicRoute = () => SetMetadata(PUBLIC_ROUTE, true);
