import { REFERENCE_PRICES } from './reference-price-data';
import { supplyCostOf, synergyEurosOf, type PairEconomics } from './synergy-euros';

const nothing: PairEconomics = {
  disposalCostCentsPerUnit: null,
  salePriceCentsPerUnit: null,
  purchasePriceCentsPerUnit: null,
  investmentCents: null,
  supplierInvestmentCents: null,
  consumerInvestmentCents: null,
};

const cardboardToPackaging = {
  resourceCategoryCode: 'WASTE_CARDBOARD',
  needCategoryCode: 'MATERIAL_PACKAGING',
};
const heatToHeat = { resourceCategoryCode: 'ENERGY_WASTE_HEAT', needCategoryCode: 'ENERGY_HEAT' };
const meals = {
  resourceCategoryCode: 'SERVICE_INTER_COMPANY_CATERING',
  needCategoryCode: 'SERVICE_INTER_COMPANY_CATERING',
};

describe('supplyCostOf', () => {
  it('reads a service or a person’s time as produced, a waste, a surplus or spare room as sunk', () => {
    expect(
      ['SERVICE_SECURITY_GUARDING', 'HR_SKILLS_SHARING', 'SERVICE_INTER_COMPANY_CATERING'].map(
        supplyCostOf,
      ),
    ).toEqual(['PRODUCED_SERVICE', 'PRODUCED_SERVICE', 'PRODUCED_SERVICE']);
    expect(
      ['WASTE_WOOD', 'MATERIAL_PALLETS', 'ENERGY_WASTE_HEAT', 'EQUIPMENT_MACHINES'].map(
        supplyCostOf,
      ),
    ).toEqual(['SUNK', 'SUNK', 'SUNK', 'SUNK']);
  });
});

describe('synergyEurosOf', () => {
  it('prices no disposal for a resource that is no waste, whatever its firm says', () => {
    const euros = synergyEurosOf(
      { ...nothing, disposalCostCentsPerUnit: 5_000, purchasePriceCentsPerUnit: 3_000 },
      120,
      heatToHeat,
    );
    expect(euros.avoidedDisposalCents).toBeNull();
    expect(euros.annualSavingsCents).toBe(360_000);
    expect(euros.toConfirm).not.toContain('DISPOSAL_COST');
    expect(euros.figures).toEqual([
      { figure: 'PURCHASE_PRICE', centsPerUnit: 3_000, origin: 'FIRM', referenceId: null },
    ]);
  });

  it('gives no amount for quantities that do not compare, and says so', () => {
    const euros = synergyEurosOf(
      { ...nothing, purchasePriceCentsPerUnit: 3_000 },
      null,
      cardboardToPackaging,
    );
    expect(euros.avoidedPurchaseCents).toBeNull();
    expect(euros.toConfirm).toEqual([
      'QUANTITY',
      'DISPOSAL_COST',
      'SALE_PRICE',
      'INVESTMENT',
      'TRANSPORT_COST',
    ]);
  });

  it('gives no payback without savings', () => {
    const euros = synergyEurosOf({ ...nothing, investmentCents: 100_000 }, 4, cardboardToPackaging);
    expect(euros).toMatchObject({ investmentCents: 100_000, paybackYears: null });
  });

  it('rounds each amount to the cent', () => {
    expect(
      synergyEurosOf({ ...nothing, salePriceCentsPerUnit: 1_999 }, 0.333, cardboardToPackaging)
        .supplierRevenueCents,
    ).toBe(666);
  });

  describe('a produced service', () => {
    it('credits the consumer its purchase less the asking price, and the supplier nothing', () => {
      // 2000 meals: 14 € each from the usual caterer, 11 € from the firm's canteen.
      const euros = synergyEurosOf(
        { ...nothing, purchasePriceCentsPerUnit: 1_400, salePriceCentsPerUnit: 1_100 },
        2_000,
        meals,
      );
      expect(euros).toMatchObject({
        supplyCost: 'PRODUCED_SERVICE',
        avoidedPurchaseCents: 600_000,
        supplierRevenueCents: 2_200_000,
        annualSavingsCents: 600_000,
      });
      expect(euros.toConfirm).toContain('PRODUCTION_COST');
    });

    it('credits no saving without the asking price, and lists it to confirm', () => {
      const euros = synergyEurosOf({ ...nothing, purchasePriceCentsPerUnit: 1_400 }, 2_000, meals);
      expect(euros).toMatchObject({ avoidedPurchaseCents: null, annualSavingsCents: null });
      expect(euros.toConfirm).toEqual(expect.arrayContaining(['SALE_PRICE', 'PRODUCTION_COST']));
    });

    it('keeps a sunk resource’s purchase whole, the asking price being a transfer', () => {
      const euros = synergyEurosOf(
        { ...nothing, purchasePriceCentsPerUnit: 85_000, salePriceCentsPerUnit: 2_000 },
        10,
        cardboardToPackaging,
      );
      expect(euros).toMatchObject({ supplyCost: 'SUNK', avoidedPurchaseCents: 850_000 });
      expect(euros.toConfirm).not.toContain('PRODUCTION_COST');
    });
  });

  describe('reference prices', () => {
    const rainToProcess = {
      resourceCategoryCode: 'WATER_RAINWATER',
      needCategoryCode: 'WATER_PROCESS',
    };

    it('prices a purchase no firm stated at its category’s reference, and says so', () => {
      const euros = synergyEurosOf(null, 300, rainToProcess);
      const water = REFERENCE_PRICES.DRINKING_WATER_CENTS_PER_M3.value;
      expect(euros.avoidedPurchaseCents).toBe(300 * water);
      expect(euros.figures).toEqual([
        {
          figure: 'PURCHASE_PRICE',
          centsPerUnit: water,
          origin: 'REFERENCE',
          referenceId: 'DRINKING_WATER_CENTS_PER_M3',
        },
      ]);
      expect(euros.toConfirm).toContain('PURCHASE_PRICE');
    });

    it('prefers the firm’s own price to the reference', () => {
      const euros = synergyEurosOf(
        { ...nothing, purchasePriceCentsPerUnit: 180 },
        300,
        rainToProcess,
      );
      expect(euros.avoidedPurchaseCents).toBe(54_000);
      expect(euros.figures[0].origin).toBe('FIRM');
    });

    it('invents nothing for a category without a reference', () => {
      const euros = synergyEurosOf(null, 10, cardboardToPackaging);
      expect(euros.figures).toEqual([]);
      expect(euros.avoidedPurchaseCents).toBeNull();
    });
  });
});
