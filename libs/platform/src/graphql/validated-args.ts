import { Type } from '@nestjs/common';
import { Args, PARAM_ARGS_METADATA } from '@nestjs/graphql';
import { createInputValidationPipe } from '../errors/validation-pipe';
import { RequestLoaders } from './request-loaders';

const INPUT_VALIDATION = createInputValidationPipe();

/**
 * Declares the arguments of a field, of an @ArgsType() class, as `@Args()` does, but leaves the
 * parameter to GraphQL: Nest then calls the field's resolver as it is, `(parent, args, context,
 * info)`, with no pipe, execution context or promise of its own per call (which a gateway asking
 * the field of 50 entities pays 50 times). The resolver checks its arguments with validatedArgs.
 */
export function FieldArgs(type: () => Type<unknown>): ParameterDecorator {
  return (target, method, index) => {
    Args({ type })(target, method as string, index);
    // What @Args() asked of Nest for this parameter: to extract it and run the pipes on it.
    const parameters: Record<string, { index: number }> =
      Reflect.getMetadata(PARAM_ARGS_METADATA, target.constructor, method as string) ?? {};
    const others = Object.entries(parameters).filter(([, parameter]) => parameter.index !== index);
    if (others.length > 0) {
      const kept = Object.fromEntries(others);
      Reflect.defineMetadata(PARAM_ARGS_METADATA, kept, target.constructor, method as string);
    } else Reflect.deleteMetadata(PARAM_ARGS_METADATA, target.constructor, method as string);
  };
}

/**
 * The arguments a field declared with FieldArgs was given, checked and made an instance of
 * `type` by the pipe that checks `@Args()`, with the same refusals: once per request for each
 * distinct set of arguments.
 */
export function validatedArgs<T>(
  loaders: RequestLoaders,
  type: Type<T>,
  args: Record<string, unknown>,
): Promise<T> {
  return loaders
    .get<Record<string, unknown>, T>(
      `validatedArgs:${type.name}`,
      (distinct) =>
        Promise.all(
          distinct.map((each) =>
            (
              INPUT_VALIDATION.transform(each, { type: 'body', metatype: type }) as Promise<T>
            ).catch((error: Error) => error),
          ),
        ),
      (each) => JSON.stringify(each),
    )
    .load(args);
}
