import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ANSWER_TYPE_LABELS } from '@symbiose/contracts';
import { enumObject, registerLabelledEnum } from '@symbiose/platform';
import { ANSWER_TYPES, AnswerType } from './grid-definition';
import { Theme } from '../declaration/declaration-enums';

const AnswerTypeEnum = enumObject(ANSWER_TYPES);
registerLabelledEnum(AnswerTypeEnum, { name: 'AnswerType' }, ANSWER_TYPE_LABELS);

@ObjectType('GridChoice', { description: 'One allowed answer of a choice question' })
export class GridChoiceModel {
  @Field({ description: 'The value an answer gives' })
  value: string;

  @Field()
  labelFr: string;

  @Field()
  labelEn: string;
}

@ObjectType('GridQuestion')
export class GridQuestionModel {
  @Field()
  key: string;

  @Field()
  labelFr: string;

  @Field()
  labelEn: string;

  @Field(() => AnswerTypeEnum)
  answerType: AnswerType;

  @Field(() => [String], { nullable: true })
  choices?: string[];

  @Field(() => [GridChoiceModel], {
    nullable: true,
    description:
      'The choices with their labels, in the order of choices; null for a question without ' +
      'choices, or one published without labels',
  })
  choiceLabels?: GridChoiceModel[];
}

@ObjectType('GridSection')
export class GridSectionModel {
  @Field(() => Theme)
  theme: Theme;

  @Field()
  titleFr: string;

  @Field()
  titleEn: string;

  @Field(() => [GridQuestionModel])
  questions: GridQuestionModel[];
}

@ObjectType('InterviewGrid', {
  description: 'A version of the interview grid; never changed once published',
})
export class InterviewGridModel {
  @Field(() => Int)
  version: number;

  @Field()
  title: string;

  @Field(() => [GridSectionModel])
  sections: GridSectionModel[];

  @Field()
  createdAt: Date;
}

export { AnswerTypeEnum };
