import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ArrayMinSize, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { SCORE_MAX, SCORE_MIN } from '../ranking';
import { AreIds, IsId } from '@symbiose/platform';

const SCORE = { message: `must be an integer from ${SCORE_MIN} to ${SCORE_MAX}` };

@ArgsType()
export class AddCandidateActionsArgs {
  @Field(() => ID)
  @IsId()
  workshopId: string;

  @Field(() => [ID], { description: 'PROPOSED actions of the workshop’s zone' })
  @ArrayMinSize(1, { message: 'must name at least one action' })
  @AreIds()
  actionIds: string[];
}

@ArgsType()
export class CastPriorityVoteArgs {
  @Field(() => ID)
  @IsId()
  workshopId: string;

  @Field(() => ID, { description: 'A candidate action of the workshop' })
  @IsId()
  actionId: string;

  @Field(() => ID, { description: 'An organization one of whose people attends the workshop' })
  @IsId()
  voterOrganizationId: string;

  @Field(() => Int, { description: `${SCORE_MIN} (low) to ${SCORE_MAX} (high)` })
  @IsInt(SCORE)
  @Min(SCORE_MIN, SCORE)
  @Max(SCORE_MAX, SCORE)
  impact: number;

  @Field(() => Int, {
    description: `Human and financial investment, ${SCORE_MIN} (light) to ${SCORE_MAX} (heavy)`,
  })
  @IsInt(SCORE)
  @Min(SCORE_MIN, SCORE)
  @Max(SCORE_MAX, SCORE)
  investment: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(2000)
  comment?: string;
}

@ArgsType()
export class ClosePrioritisationArgs {
  @Field(() => ID)
  @IsId()
  workshopId: string;

  @Field(() => Int, { description: 'How many of the best ranked actions become PRIORITISED' })
  @IsInt()
  @Min(1, { message: 'must be 1 or more' })
  select: number;
}
