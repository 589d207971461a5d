import { runMigrationCommand } from '@symbiose/platform';
import { WORKSHOPS_DATABASE } from './workshops.database';

void runMigrationCommand(WORKSHOPS_DATABASE);
