import 'reflect-metadata';
import { runService } from '@symbiose/platform';
import { AppModule } from './app.module';
import { WORKSHOPS_DATABASE } from './workshops.database';

export const WORKSHOPS_PORT = 4004;

void runService(AppModule, { defaultPort: WORKSHOPS_PORT, database: WORKSHOPS_DATABASE });
