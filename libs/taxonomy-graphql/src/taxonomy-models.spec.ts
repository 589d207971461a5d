import { ALL_CATEGORIES } from '@symbiose/taxonomy';
import { CATEGORY_MODELS, categoryModelOf } from './category.model';
import { wasteCodeModelOf } from './waste-code.model';

describe('the taxonomy as the API gives it', () => {
  it('gives every category, with the unit its annual quantities are in', () => {
    expect(CATEGORY_MODELS.map((category) => category.code)).toEqual(
      ALL_CATEGORIES.map((category) => category.code),
    );
    expect(categoryModelOf('WASTE_CARDBOARD')).toMatchObject({
      theme: 'MATERIALS_WASTE',
      dimension: 'MASS',
      canonicalUnit: 't',
      isWaste: true,
    });
    expect(categoryModelOf('NO_SUCH_CATEGORY')).toBeUndefined();
  });

  it('gives a waste code its official spelling and hazard', () => {
    expect(wasteCodeModelOf('150110')).toMatchObject({
      code: '150110',
      formatted: '15 01 10*',
      hazardous: true,
      chapter: '15',
      subChapter: '1501',
    });
    expect(wasteCodeModelOf('999999')).toBeUndefined();
  });
});
