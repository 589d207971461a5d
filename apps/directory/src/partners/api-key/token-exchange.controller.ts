import {
  BadRequestException,
  Body,
  Controller,
  HttpCode,
  Post,
  UnauthorizedException,
} from '@nestjs/common';
import { BaseConfig, PublicRoute } from '@symbiose/platform';
import { AuthenticationError, issueToken } from '@symbiose/tokens';
import { ApiKeyService } from './api-key.service';

/** A partner system's token lives this long; it asks for another with its key. */
export const PARTNER_TOKEN_SECONDS = 900;

/**
 * `POST /auth/token {"apiKey": "symb_…"}`: a partner system exchanges its API
 * key for a short-lived token. Public: the key is the credential.
 */
@PublicRoute()
@Controller('auth')
export class TokenExchangeController {
  constructor(
    private readonly keys: ApiKeyService,
    private readonly config: BaseConfig,
  ) {}

  @Post('token')
  @HttpCode(200)
  async token(@Body() body: unknown) {
    const apiKey = (body as { apiKey?: unknown } | undefined)?.apiKey;
    if (typeof apiKey !== 'string' || apiKey.length === 0) {
      throw new BadRequestException('apiKey: a JSON body {"apiKey": "…"} is required');
    }
    try {
      const principal = await this.keys.principalOf(apiKey);
      return {
        access_token: await issueToken(principal, this.config, {
          lifetimeSeconds: PARTNER_TOKEN_SECONDS,
        }),
        token_type: 'Bearer',
        expires_in: PARTNER_TOKEN_SECONDS,
      };
    } catch (error) {
      if (error instanceof AuthenticationError) throw new UnauthorizedException(error.message);
      throw error;
    }
  }
}
