import { registerEnumType } from '@nestjs/graphql';
import { enumObject } from '@symbiose/platform';
import { DECLARATION_KINDS, DECLARATION_STATUSES } from '@symbiose/contracts';
import { FREQUENCIES, THEMES } from '@symbiose/taxonomy';

export type DeclarationKind = (typeof DECLARATION_KINDS)[number];
export const DeclarationKind = enumObject(DECLARATION_KINDS);
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];
export const DeclarationStatus = enumObject(DECLARATION_STATUSES);
export type Frequency = (typeof FREQUENCIES)[number];
export const Frequency = enumObject(FREQUENCIES);
export type Theme = (typeof THEMES)[number];
export const Theme = enumObject(THEMES);

registerEnumType(DeclarationKind, {
  name: 'DeclarationKind',
  description: 'NEED: what the organization lacks or consumes; RESOURCE: what it has or discards',
});
registerEnumType(DeclarationStatus, { name: 'DeclarationStatus' });
registerEnumType(Frequency, { name: 'Frequency' });
registerEnumType(Theme, { name: 'Theme' });
