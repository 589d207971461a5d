import { predicateValidator } from '@symbiose/platform';
import { isNafCode, isValidSiret } from '@symbiose/sirene';

export const IsSiret = predicateValidator(
  'isSiret',
  (value) => typeof value === 'string' && isValidSiret(value),
  'must be a SIRET: 14 digits with a valid Luhn key',
);

export const IsNafCode = predicateValidator(
  'isNafCode',
  (value) => typeof value === 'string' && isNafCode(value),
  'must be a NAF rev. 2 sub-class code of the official list, e.g. 49.41A',
);
