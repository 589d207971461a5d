import { synergyEurosOf, type PairEconomics } from './synergy-euros';

const nothing: PairEconomics = {
  disposalCostCentsPerUnit: null,
  salePriceCentsPerUnit: null,
  purchasePriceCentsPerUnit: null,
  investmentCents: null,
  supplierInvestmentCents: null,
  consumerInvestmentCents: null,
};

describe('synergyEurosOf', () => {
  it('prices no disposal for a resource that is no waste, whatever its firm says', () => {
    const euros = synergyEurosOf(
      { ...nothing, disposalCostCentsPerUnit: 5_000, purchasePriceCentsPerUnit: 3_000 },
      120,
      false,
    );
    expect(euros.avoidedDisposalCents).toBeNull();
    expect(euros.annualSavingsCents).toBe(360_000);
    expect(euros.toConfirm).not.toContain('DISPOSAL_COST');
  });

  it('gives no amount for quantities that do not compare, and says so', () => {
    const euros = synergyEurosOf({ ...nothing, purchasePriceCentsPerUnit: 3_000 }, null, true);
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
    const euros = synergyEurosOf({ ...nothing, investmentCents: 100_000 }, 4, true);
    expect(euros).toMatchObject({ investmentCents: 100_000, paybackYears: null });
  });

  it('rounds each amount to the cent', () => {
    expect(
      synergyEurosOf({ ...nothing, salePriceCentsPerUnit: 1_999 }, 0.333, true)
        .supplierRevenueCents,
    ).toBe(666);
  });
});
