export * from './taxonomy-enums';
export * from './category.model';
export * from './waste-code.model';
