export * from './siret';
export * from './naf';
