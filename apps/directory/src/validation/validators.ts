import { Matches } from 'class-validator';
import { predicateValidator } from '@symbiose/platform';
import { isNafCode, isValidSiret } from '@symbiose/sirene';

export const IsSiret = predicateValidator(
  'isSiret',
  (value) => typeof value === 'string' && isValidSiret(value),
  'must be a SIRET: 14 digits with a valid Luhn key',
);

/** A partner body's id, as its tokens name it: syded-lot, cci-lot … */
export const IsPartnerId = () =>
  Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, {
    message: 'must be 2 to 63 lowercase letters, digits and dashes',
  });

export const IsNafCode = predicateValidator(
  'isNafCode',
  (value) => typeof value === 'string' && isNafCode(value),
  'must be a NAF rev. 2 sub-class code of the official list, e.g. 49.41A',
);
