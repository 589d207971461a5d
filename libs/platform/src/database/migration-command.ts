import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/load-config';
import { ServiceConfig } from '../config/service-config';
import { runMigrations, serviceDataSourceOptions, ServiceDatabase } from './data-source-options';

/**
 * A service's migration command: `migrate` applies what is pending (services
 * also do it at start); `migrate revert` undoes the last migration applied.
 */
export async function runMigrationCommand(
  database: ServiceDatabase,
  args: string[] = process.argv.slice(2),
): Promise<void> {
  let dataSource: DataSource | undefined;
  try {
    dataSource = new DataSource(
      serviceDataSourceOptions(loadConfig(ServiceConfig).DATABASE_URL, database),
    );
    await dataSource.initialize();
    if (args[0] === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log(`schema ${database.schema}: last migration reverted`);
    } else {
      const applied = await runMigrations(dataSource, database.schema);
      console.log(`schema ${database.schema}: ${applied.length} migration(s) applied`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    if (dataSource?.isInitialized) await dataSource.destroy();
  }
}
