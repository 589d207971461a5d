import { runMigrationCommand } from '@symbiose/platform';
import { SYNERGY_DATABASE } from './synergy-engine.database';

void runMigrationCommand(SYNERGY_DATABASE);
