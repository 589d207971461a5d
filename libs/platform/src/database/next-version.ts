import { DataSource, DeepPartial, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Stores a document of a versioned table (grids, say) as the next version;
 * the versions before it stay as they were. An advisory lock keeps two
 * documents published at once from taking the same version.
 */
export function saveNextVersion<T extends ObjectLiteral & { version: number }>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  fields: DeepPartial<Omit<T, 'version'>>,
): Promise<T> {
  const table = dataSource.getMetadata(entity).tableName;
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${table}.version`]);
    const { latest } = await manager
      .createQueryBuilder(entity, 'document')
      .select('coalesce(max(document.version), 0)', 'latest')
      .getRawOne();
    return manager.save(
      entity,
      manager.create(entity, { ...fields, version: Number(latest) + 1 } as DeepPartial<T>),
    );
  });
}
