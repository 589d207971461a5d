import 'reflect-metadata';
import { runService } from '@symbiose/platform';
import { AppModule } from './app.module';
import { DIRECTORY_DATABASE } from './directory.database';

export const DIRECTORY_PORT = 4001;

void runService(AppModule, { defaultPort: DIRECTORY_PORT, database: DIRECTORY_DATABASE });
