import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { TokenVerifier } from '@symbiose/tokens';
import { runService } from '@symbiose/platform';
import { AppModule } from './app.module';
import { GatewayConfig, isProduction } from './gateway.config';
import { adminSession } from './queue-dashboard/admin-session';
import { QUEUE_DASHBOARD_PATH, QueueDashboard } from './queue-dashboard/queue-dashboard';

export const GATEWAY_PORT = 4000;

function configureHttp(app: INestApplication): void {
  const config = app.get(GatewayConfig);
  app.use(
    QUEUE_DASHBOARD_PATH,
    adminSession(QUEUE_DASHBOARD_PATH, app.get(TokenVerifier), {
      secureCookie: isProduction(config),
    }),
    app.get(QueueDashboard).router(),
  );
}

void runService(AppModule, { defaultPort: GATEWAY_PORT, configure: configureHttp });
