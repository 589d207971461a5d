import { registerDecorator, ValidationOptions } from 'class-validator';
import { perimeterProblem } from '../perimeter';

/** A valid zone perimeter (see perimeter.ts); the message says what is wrong with it. */
export function IsPerimeter(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isPerimeter',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => perimeterProblem(value) === null,
        // Only a refused perimeter is looked at twice.
        defaultMessage: (args) => perimeterProblem(args?.value) ?? '',
      },
    });
}
