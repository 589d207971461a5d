import { enumObject, registerLabelledEnum } from '@symbiose/platform';
import { DECLARATION_STATUS_LABELS, DECLARATION_STATUSES } from '@symbiose/contracts';
import { FREQUENCIES, FREQUENCY_LABELS } from '@symbiose/taxonomy';

// The enums a Category carries, the same in every subgraph that returns one.
export { DeclarationKind, Theme } from '@symbiose/taxonomy-graphql';

export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];
export const DeclarationStatus = enumObject(DECLARATION_STATUSES);
export type Frequency = (typeof FREQUENCIES)[number];
export const Frequency = enumObject(FREQUENCIES);

registerLabelledEnum(DeclarationStatus, { name: 'DeclarationStatus' }, DECLARATION_STATUS_LABELS);
registerLabelledEnum(Frequency, { name: 'Frequency' }, FREQUENCY_LABELS);
