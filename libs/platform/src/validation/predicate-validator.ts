import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * A class-validator decorator from a predicate and the message a client gets
 * when it fails: `export const IsSiret = predicateValidator('isSiret', isValidSiret, '…')`.
 */
export function predicateValidator(
  name: string,
  test: (value: unknown) => boolean,
  message: string,
) {
  return (options?: ValidationOptions) => (object: object, propertyName: string) =>
    registerDecorator({
      name,
      target: object.constructor,
      propertyName,
      options: { message, ...options },
      validator: { validate: test },
    });
}
