import 'reflect-metadata';
import { runService } from '@symbiose/platform';
import { AppModule } from './app.module';
import { SYNERGY_DATABASE } from './synergy-engine.database';

export const SYNERGY_ENGINE_PORT = 4003;

void runService(AppModule, { defaultPort: SYNERGY_ENGINE_PORT, database: SYNERGY_DATABASE });
