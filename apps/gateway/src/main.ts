import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { runService } from '@symbiose/platform';
import { AppModule } from './app.module';
import { GatewayConfig } from './gateway.config';
import { limitRequestBodySize } from './hardening/body-size-limit';

export const GATEWAY_PORT = 4000;

function configureHttp(app: INestApplication): void {
  limitRequestBodySize(app, app.get(GatewayConfig).REQUEST_BODY_LIMIT_BYTES);
}

void runService(AppModule, { defaultPort: GATEWAY_PORT, configure: configureHttp });
