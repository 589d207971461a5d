import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { CalendarDayScalar } from '@symbiose/platform';

@ObjectType('SynergyOutcome', {
  description:
    'What an operational synergy achieved over a period, as its facilitator measured it; see docs/impact-method.md, "Realised results"',
})
export class SynergyOutcomeModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  synergyId: string;

  @Field(() => CalendarDayScalar, { description: 'First day of the period' })
  from: string;

  @Field(() => CalendarDayScalar, { description: 'Last day of the period (included)' })
  to: string;

  @Field(() => Float, { nullable: true, description: 'As recorded, in `unit`' })
  quantity: number | null;

  @Field(() => String, { nullable: true })
  unit: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The quantity in the canonical unit of its dimension',
  })
  canonicalQuantity: number | null;

  @Field(() => String, { nullable: true, description: 't, m3, MWh, h or unit' })
  canonicalUnit: string | null;

  @Field(() => Float, { nullable: true, description: 'Euro cents' })
  costCents: number | null;

  @Field(() => Float, { nullable: true, description: 'Euro cents' })
  savingsCents: number | null;

  @Field(() => Int)
  jobsCreated: number;

  @Field(() => Int)
  jobsKept: number;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field({ description: 'As the author signed it' })
  recordedBy: string;

  @Field({ description: 'The subject of the token that recorded it' })
  recordedBySubject: string;

  @Field()
  recordedAt: Date;
}

@ObjectType('RealisedImpact', {
  description:
    'What synergies achieved, added up from their recorded outcomes over every period recorded (see `firstDay` and `lastDay`); each synergy counted once. The method is in docs/impact-method.md, "Realised results"',
})
export class RealisedImpactModel {
  @Field(() => Int, { description: 'Synergies with at least one outcome' })
  synergyCount: number;

  @Field(() => Int)
  outcomeCount: number;

  @Field(() => CalendarDayScalar, {
    nullable: true,
    description: 'The earliest day an outcome covers',
  })
  firstDay: string | null;

  @Field(() => CalendarDayScalar, {
    nullable: true,
    description: 'The latest day an outcome covers',
  })
  lastDay: string | null;

  @Field(() => Float, { description: 'Tonnes exchanged or pooled (quantities of a mass)' })
  tonnes: number;

  @Field(() => Float, {
    description:
      'kg CO2e avoided: each B2B synergy’s realised tonnes at the factors its potential impact uses (collection avoided + material credit − transport); synergies without a potential impact add nothing',
  })
  netAvoidedKgCo2e: number;

  @Field(() => Float, { description: 'Energy exchanged or pooled, MWh' })
  megawattHours: number;

  @Field(() => Float, { description: 'Volumes (water…) exchanged or pooled, m3' })
  cubicMetres: number;

  @Field(() => Float, { description: 'Euro cents, of the outcomes that give a cost' })
  costCents: number;

  @Field(() => Float, { description: 'Euro cents, of the outcomes that give savings' })
  savingsCents: number;

  @Field(() => Int)
  jobsCreated: number;

  @Field(() => Int)
  jobsKept: number;

  @Field(() => Int, { description: 'Organizations taking part in those synergies' })
  organizationCount: number;
}
