import { Controller, Post, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { GatewayConfig } from './gateway.config';
import { relayFromSubgraph } from './subgraph-relay';

/** `POST /auth/token`: a partner system exchanges its API key, which the directory keeps. */
@Controller('auth')
export class TokenExchangeRelayController {
  constructor(private readonly config: GatewayConfig) {}

  @Post('token')
  async token(@Req() request: Request, @Res() response: Response): Promise<void> {
    await relayFromSubgraph(new URL('/auth/token', this.config.DIRECTORY_URL), request, response);
  }
}
