import 'reflect-metadata';
import { runService } from '@symbiose/platform';
import { AppModule } from './app.module';

export const GATEWAY_PORT = 4000;

void runService(AppModule, { defaultPort: GATEWAY_PORT });
