import { Matches } from 'class-validator';

/** A partner body's id, as its tokens name it: syded-lot, cci-lot … */
export const IsPartnerId = () =>
  Matches(/^[a-z0-9][a-z0-9-]{1,62}$/, {
    message: 'must be 2 to 63 lowercase letters, digits and dashes',
  });
