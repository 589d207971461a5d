import { registerDecorator } from 'class-validator';
import { DEVELOPMENT_TOKEN_SECRET } from '@symbiose/tokens';

export const NODE_ENVIRONMENTS = ['development', 'test', 'production'] as const;

/** Refuses a development secret (the token secret's, unless another is named) when NODE_ENV is production. */
export function IsOwnSecretInProduction(developmentValue: string = DEVELOPMENT_TOKEN_SECRET) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isOwnSecretInProduction',
      target: object.constructor,
      propertyName,
      options: { message: 'must be set to a secret of your own in production' },
      validator: {
        validate: (value, args) =>
          (args?.object as { NODE_ENV?: string }).NODE_ENV !== 'production' ||
          value !== developmentValue,
      },
    });
}
