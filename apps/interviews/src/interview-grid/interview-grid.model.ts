import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ANSWER_TYPES, AnswerType } from './grid-definition';
import { Theme } from '../declaration/declaration-enums';

const AnswerTypeEnum = Object.fromEntries(ANSWER_TYPES.map((type) => [type, type]));
registerEnumType(AnswerTypeEnum, { name: 'AnswerType' });

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
