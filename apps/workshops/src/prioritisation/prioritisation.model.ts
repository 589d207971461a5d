import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PRIORITY_QUADRANT_LABELS } from '@symbiose/contracts';
import { registerLabelledEnum } from '@symbiose/platform';
import { QUADRANTS, Quadrant } from './ranking';

const QuadrantEnum = Object.fromEntries(QUADRANTS.map((q) => [q, q])) as { [Q in Quadrant]: Q };
registerLabelledEnum(
  QuadrantEnum,
  {
    name: 'PriorityQuadrant',
    description:
      'High impact: mean impact ≥ 3; low investment: mean investment < 3 (scores 1–5). ' +
      'QUICK_WIN high impact, low investment; MAJOR_PROJECT high impact, high investment; ' +
      'FILL_IN low impact, low investment; AVOID low impact, high investment',
  },
  PRIORITY_QUADRANT_LABELS,
);

export const RANKING_RULE =
  'Ranked by quadrant (QUICK_WIN, MAJOR_PROJECT, FILL_IN, AVOID), then mean impact (highest ' +
  'first), mean investment (lowest first), vote count (most first), action title, action id; ' +
  'actions without votes come last';

@ObjectType('PrioritisationEntry', { description: 'A candidate action: its point on the matrix' })
export class PrioritisationEntryModel {
  @Field(() => Int, { description: '1 for the best' })
  rank: number;

  actionId: string;

  /** The action's title, for the chart; clients read it from `action`. */
  title: string;

  @Field(() => Int)
  voteCount: number;

  @Field(() => Float, { nullable: true })
  meanImpact: number | null;

  @Field(() => Float, { nullable: true })
  meanInvestment: number | null;

  @Field(() => QuadrantEnum, { nullable: true, description: 'Null without votes' })
  quadrant: Quadrant | null;

  @Field({ description: 'Moved to PRIORITISED when the prioritisation closed' })
  selected: boolean;
}

@ObjectType('Prioritisation', {
  description: `A prioritisation workshop's matrix. ${RANKING_RULE}`,
})
export class PrioritisationModel {
  workshopId: string;

  @Field(() => Date, { nullable: true, description: 'Null while votes are open' })
  closedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'How many actions the closing prioritised' })
  prioritisedCount: number | null;

  @Field(() => [PrioritisationEntryModel], { description: RANKING_RULE })
  ranking: PrioritisationEntryModel[];
}
