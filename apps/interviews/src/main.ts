import 'reflect-metadata';
import { runService } from '@symbiose/platform';
import { AppModule } from './app.module';
import { INTERVIEWS_DATABASE } from './interviews.database';

export const INTERVIEWS_PORT = 4002;

void runService(AppModule, { defaultPort: INTERVIEWS_PORT, database: INTERVIEWS_DATABASE });
