export * from './principal';
export * from './tokens';
export * from './token-defaults';
export * from './picture-signatures';
