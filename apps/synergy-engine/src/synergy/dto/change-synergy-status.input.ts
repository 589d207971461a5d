import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { IsId, Trim } from '@symbiose/platform';
import type { DismissalReason } from '../dismissal-reason';
import type { SynergyStatus } from '../synergy-lifecycle';
import { DismissalReasonEnum, SynergyStatusEnum } from '../synergy-enums';

@InputType()
export class ChangeSynergyStatusInput {
  @Field(() => ID)
  @IsId()
  id: string;

  @Field(() => SynergyStatusEnum)
  @IsEnum(SynergyStatusEnum)
  to: SynergyStatus;

  @Field(() => DismissalReasonEnum, {
    nullable: true,
    description: 'Required to dismiss (with a note for OTHER); refused for any other change',
  })
  @IsOptional()
  @IsEnum(DismissalReasonEnum)
  reasonCode?: DismissalReason | null;

  @Field(() => String, { nullable: true, description: 'Why; kept in the history' })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 2000, { message: 'must be 1 to 2000 characters when given' })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Who makes the change, as they sign it ("Claire Vidal, animatrice"); the subject of the token when not given. The history keeps the token\'s subject beside it.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'must be 1 to 200 characters when given' })
  changedBy?: string | null;
}
