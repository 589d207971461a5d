import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('SynergyEuros', {
  description:
    'What a B2B synergy would save or earn its firms in a year, in euro cents (integers, as Float: a sum may pass 2^31), at the figures the firms gave; a figure none gave is null and listed in toConfirm. The method is in docs/impact-method.md',
})
export class SynergyEurosModel {
  @Field(() => Float, {
    nullable: true,
    description: 'The supplier’s disposal cost no longer paid on the allocated quantity',
  })
  avoidedDisposalCents: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The consumer’s purchase no longer made from its usual supplier',
  })
  avoidedPurchaseCents: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'What the consumer pays the supplier at its asking price: a transfer between them',
  })
  supplierRevenueCents: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Both firms together: avoided disposal + avoided purchase, those known',
  })
  annualSavingsCents: number | null;

  @Field(() => Float, { nullable: true, description: 'Both firms’ one-off investments' })
  investmentCents: number | null;

  @Field(() => Float, { nullable: true, description: 'Investment ÷ annual savings, in years' })
  paybackYears: number | null;

  @Field(() => [String], {
    description:
      'What no firm stated: QUANTITY, DISPOSAL_COST, SALE_PRICE, PURCHASE_PRICE, INVESTMENT, TRANSPORT_COST',
  })
  toConfirm: string[];
}
