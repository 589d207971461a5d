import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Min } from 'class-validator';
import { DeclarationEconomics } from '@symbiose/contracts';
import { BadUserInputError } from '@symbiose/platform';
import { DeclarationKind } from './declaration-enums';

const PER_UNIT = 'in euro cents per unit of the category’s canonical unit (per t, m3, kWh …)';
const NOT_NEGATIVE = { message: 'must be zero or more' };

/** The figures of each kind: what a resource's firm pays or asks, what a need's firm pays. */
const FIGURES_OF: Record<DeclarationKind, readonly (keyof DeclarationEconomics)[]> = {
  RESOURCE: ['disposalCostCentsPerUnit', 'salePriceCentsPerUnit', 'investmentCents'],
  NEED: ['purchasePriceCentsPerUnit', 'investmentCents'],
};

@InputType('DeclarationEconomicsInput', {
  description:
    'What the firm says the flow costs or earns it, as it said it; each figure left out is unknown',
})
export class DeclarationEconomicsInput {
  @Field(() => Int, {
    nullable: true,
    description: `A RESOURCE's cost of disposal today, ${PER_UNIT}`,
  })
  @IsOptional()
  @IsInt()
  @Min(0, NOT_NEGATIVE)
  disposalCostCentsPerUnit?: number | null;

  @Field(() => Int, { nullable: true, description: `A RESOURCE's asking price, ${PER_UNIT}` })
  @IsOptional()
  @IsInt()
  @Min(0, NOT_NEGATIVE)
  salePriceCentsPerUnit?: number | null;

  @Field(() => Int, { nullable: true, description: `A NEED's purchase price today, ${PER_UNIT}` })
  @IsOptional()
  @IsInt()
  @Min(0, NOT_NEGATIVE)
  purchasePriceCentsPerUnit?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'What the firm would invest once to put the exchange to work, in euro cents',
  })
  @IsOptional()
  @IsInt()
  @Min(0, NOT_NEGATIVE)
  investmentCents?: number | null;
}

@ObjectType('DeclarationEconomics', {
  description: 'What the firm says the flow costs or earns it; null where it said nothing',
})
export class DeclarationEconomicsModel {
  @Field(() => Int, { nullable: true, description: `Cost of disposal today, ${PER_UNIT}` })
  disposalCostCentsPerUnit?: number;

  @Field(() => Int, { nullable: true, description: `Asking price, ${PER_UNIT}` })
  salePriceCentsPerUnit?: number;

  @Field(() => Int, { nullable: true, description: `Purchase price today, ${PER_UNIT}` })
  purchasePriceCentsPerUnit?: number;

  @Field(() => Int, { nullable: true, description: 'One-off investment, in euro cents' })
  investmentCents?: number;
}

/**
 * The figures given, checked against the declaration's kind (a need has no disposal cost), the
 * ones left out or null dropped: what is stored and what the events carry.
 */
export function checkedEconomics(
  kind: DeclarationKind,
  input: DeclarationEconomicsInput | DeclarationEconomics | null,
): DeclarationEconomics {
  const given = Object.entries(input ?? {}).filter(([, value]) => value != null) as [
    keyof DeclarationEconomics,
    number,
  ][];
  for (const [figure] of given) {
    if (!FIGURES_OF[kind].includes(figure)) {
      throw new BadUserInputError(`economics.${figure}`, `is not a figure of a ${kind}`);
    }
  }
  return Object.fromEntries(given);
}
