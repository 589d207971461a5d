import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Theme } from '../../declaration/declaration-enums';
import { AnswerType } from '../grid-definition';
import { AnswerTypeEnum } from '../interview-grid.model';

@InputType()
export class GridChoiceInput {
  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  value: string;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  labelFr: string;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  labelEn: string;
}

@InputType()
export class GridQuestionInput {
  @Field()
  @Matches(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/, {
    message: 'must be lowercase words joined by dots or underscores, e.g. waste.main_flows',
  })
  key: string;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(500)
  labelFr: string;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(500)
  labelEn: string;

  @Field(() => AnswerTypeEnum)
  @IsEnum(AnswerTypeEnum)
  answerType: AnswerType;

  @Field(() => [String], {
    nullable: true,
    description: 'The allowed answers; may be left out when choiceLabels lists them',
  })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  choices?: string[];

  @Field(() => [GridChoiceInput], {
    nullable: true,
    description: 'What to show for each choice, in the order of choices',
  })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => GridChoiceInput)
  choiceLabels?: GridChoiceInput[];
}

@InputType()
export class GridSectionInput {
  @Field(() => Theme)
  @IsEnum(Theme)
  theme: Theme;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  titleFr: string;

  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  titleEn: string;

  @Field(() => [GridQuestionInput])
  @ValidateNested({ each: true })
  @Type(() => GridQuestionInput)
  questions: GridQuestionInput[];
}

@InputType()
export class PublishInterviewGridInput {
  @Field()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  title: string;

  @Field(() => [GridSectionInput])
  @ArrayMinSize(1, { message: 'a grid needs at least one section' })
  @ValidateNested({ each: true })
  @Type(() => GridSectionInput)
  sections: GridSectionInput[];
}
