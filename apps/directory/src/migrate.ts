import { runMigrationCommand } from '@symbiose/platform';
import { DIRECTORY_DATABASE } from './directory.database';

void runMigrationCommand(DIRECTORY_DATABASE);
