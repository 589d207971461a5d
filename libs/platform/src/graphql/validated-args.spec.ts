import 'reflect-metadata';
import { ArgsType, Field, Int, PARAM_ARGS_METADATA, Parent } from '@nestjs/graphql';
import { Max } from 'class-validator';
import { BadUserInputError } from '../errors/bad-user-input';
import { RequestLoaders } from './request-loaders';
import { FieldArgs, validatedArgs } from './validated-args';

@ArgsType()
class PageOfThings {
  @Field(() => Int, { defaultValue: 20 })
  @Max(100)
  first: number = 20;
}

class ThingsResolver {
  things(@Parent() _parent: unknown, @FieldArgs(() => PageOfThings) _args: unknown) {
    return [];
  }
}

describe('FieldArgs and validatedArgs', () => {
  it('leaves Nest no work on the arguments, and keeps its other parameters', () => {
    const parameters = Reflect.getMetadata(PARAM_ARGS_METADATA, ThingsResolver, 'things');
    expect(Object.values(parameters)).toEqual([expect.objectContaining({ index: 0 })]);
  });

  it('checks each distinct set of arguments once a request, into an instance of the type', async () => {
    const loaders = new RequestLoaders();
    const [one, same, other] = await Promise.all([
      validatedArgs(loaders, PageOfThings, { first: 5 }),
      validatedArgs(loaders, PageOfThings, { first: 5 }),
      validatedArgs(loaders, PageOfThings, { first: 7 }),
    ]);
    expect(one).toBeInstanceOf(PageOfThings);
    expect(same).toBe(one);
    expect(other).toEqual(Object.assign(new PageOfThings(), { first: 7 }));
  });

  it('refuses bad arguments as @Args() does, naming the field', async () => {
    const refusal: unknown = await validatedArgs(new RequestLoaders(), PageOfThings, {
      first: 1000,
    }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BadUserInputError);
    expect((refusal as BadUserInputError).field).toBe('first');
  });
});
