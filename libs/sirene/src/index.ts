export * from './siret';
export * from './naf';
export * from './establishment-file';
