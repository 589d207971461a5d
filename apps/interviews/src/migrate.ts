import { runMigrationCommand } from '@symbiose/platform';
import { INTERVIEWS_DATABASE } from './interviews.database';

void runMigrationCommand(INTERVIEWS_DATABASE);
