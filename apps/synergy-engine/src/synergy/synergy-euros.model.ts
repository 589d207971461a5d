import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('ReferencePrice', {
  description:
    'A published price a synergy’s euros use where no firm gave the figure, with where it was read; the list is in docs/impact-method.md',
})
export class ReferencePriceModel {
  @Field({ description: 'Its code in the engine’s reference prices' })
  code: string;

  @Field(() => Float, { description: 'Euro cents per unit of the category’s canonical unit' })
  value: number;

  @Field({ description: 'c€ per the canonical unit: c€/MWh, c€/m3' })
  unit: string;

  @Field()
  publisher: string;

  @Field()
  title: string;

  @Field({ description: 'The table, section or page of the publication that holds the value' })
  table: string;

  @Field({ description: 'Where it was read' })
  url: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the value covers, and what a reviewer checks',
  })
  note: string | null;

  @Field({ description: 'The edition or period of the publication' })
  version: string;

  @Field({ description: 'ISO date (YYYY-MM or YYYY-MM-DD) of that edition or period' })
  date: string;
}

@ObjectType('PricedEuroFigure', {
  description: 'A unit price a synergy’s euros use, and who gives it: the firm or a reference',
})
export class PricedEuroFigureModel {
  @Field({ description: 'DISPOSAL_COST, SALE_PRICE or PURCHASE_PRICE' })
  figure: string;

  @Field(() => Float, { description: 'Euro cents per unit of the canonical unit' })
  centsPerUnit: number;

  @Field({ description: 'FIRM: stated by the firm; REFERENCE: a published price stands in' })
  origin: string;

  @Field(() => ReferencePriceModel, { nullable: true, description: 'The reference price used' })
  reference: ReferencePriceModel | null;
}

@ObjectType('SynergyEuros', {
  description:
    'What a B2B synergy would save or earn its firms in a year, in euro cents (integers, as Float: a sum may pass 2^31), at the figures the firms gave, else at a reference price (figures says which); a figure neither gives is null. toConfirm lists what no firm stated. The method is in docs/impact-method.md',
})
export class SynergyEurosModel {
  @Field({
    description:
      'SUNK: what the supplier hands over costs it nothing more (a waste, a surplus, spare capacity); PRODUCED_SERVICE: a service it produces for each unit (SERVICES and HR_ANIMATION themes), so the purchase is credited net of its asking price',
  })
  supplyCost: string;

  @Field(() => Float, {
    nullable: true,
    description: 'The supplier’s disposal cost no longer paid on the allocated quantity',
  })
  avoidedDisposalCents: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The consumer’s purchase no longer made from its usual supplier; for a PRODUCED_SERVICE, that purchase less the supplier’s asking price (null unless both are known)',
  })
  avoidedPurchaseCents: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'What the consumer pays the supplier at its asking price: a transfer between them',
  })
  supplierRevenueCents: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Both firms together: avoided disposal + avoided purchase, those known; for a PRODUCED_SERVICE, the consumer’s saving alone (the supplier’s margin is not known)',
  })
  annualSavingsCents: number | null;

  @Field(() => Float, { nullable: true, description: 'Both firms’ one-off investments' })
  investmentCents: number | null;

  @Field(() => Float, { nullable: true, description: 'Investment ÷ annual savings, in years' })
  paybackYears: number | null;

  @Field(() => [PricedEuroFigureModel], {
    description: 'The unit prices used, each the firm’s or a reference price',
  })
  figures: PricedEuroFigureModel[];

  @Field(() => [String], {
    description:
      'What no firm stated (a reference price may stand in): QUANTITY, DISPOSAL_COST, SALE_PRICE, PURCHASE_PRICE, PRODUCTION_COST (a produced service’s cost to its supplier), INVESTMENT, TRANSPORT_COST',
  })
  toConfirm: string[];
}
