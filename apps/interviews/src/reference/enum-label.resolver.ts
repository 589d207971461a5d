import { Args, Query, Resolver } from '@nestjs/graphql';
import { BadUserInputError } from '@symbiose/platform';
import { API_ENUM_LABELS } from './api-enum-labels';
import { EnumValueLabelModel } from './enum-value-label.model';

function labelsOf(enumName: string): EnumValueLabelModel[] {
  return Object.entries(API_ENUM_LABELS[enumName]).map(([value, { labelFr, labelEn }]) => ({
    enum: enumName,
    value,
    labelFr,
    labelEn,
  }));
}

@Resolver(() => EnumValueLabelModel)
export class EnumLabelResolver {
  @Query(() => [EnumValueLabelModel], {
    description:
      'The French and English labels of every value of every enum of the API, enum by enum in ' +
      'alphabetical order and values in their order; those of one enum when named',
  })
  enumLabels(
    @Args('enum', { type: () => String, nullable: true }) enumName?: string | null,
  ): EnumValueLabelModel[] {
    if (enumName === undefined || enumName === null) {
      return Object.keys(API_ENUM_LABELS).sort().flatMap(labelsOf);
    }
    if (!Object.hasOwn(API_ENUM_LABELS, enumName)) {
      throw new BadUserInputError(
        'enum',
        `no enum of the API is named ${JSON.stringify(enumName)}`,
      );
    }
    return labelsOf(enumName);
  }
}
