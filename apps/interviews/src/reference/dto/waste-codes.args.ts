import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional, Matches, MaxLength } from 'class-validator';
import { PageArgs } from '@symbiose/platform';

@ArgsType()
export class WasteCodesArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Words that must all appear in the French or English label (case and accents ignored), or the start of the code',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Two-digit chapter, e.g. 15' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'must be a two-digit chapter code, e.g. 15' })
  chapter?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  hazardous?: boolean | null;
}
