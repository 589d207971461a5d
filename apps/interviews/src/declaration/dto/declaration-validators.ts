import { predicateValidator } from '@symbiose/platform';
import { isCategoryCode } from '@symbiose/taxonomy';

export const IsCategoryCode = predicateValidator(
  'isCategoryCode',
  isCategoryCode,
  'is not a category of the taxonomy',
);
