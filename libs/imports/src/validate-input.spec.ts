import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  IsNotEmpty,
  IsOptional,
  MaxLength,
  registerDecorator,
  ValidateNested,
} from 'class-validator';
import { AsynchronousRuleError, validateInput } from './validate-input';

function IsKnownLater(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isKnownLater',
      target: target.constructor,
      propertyName: propertyName as string,
      async: true,
      validator: { validate: async () => true },
    });
}

class Place {
  @IsOptional()
  @MaxLength(5)
  postalCode?: string;
}

class Firm {
  @IsNotEmpty({ message: 'must not be empty' })
  name!: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => Place)
  place?: Place;
}

class CheckedLater {
  @IsKnownLater()
  code!: string;
}

class Holder {
  @ValidateNested()
  @Type(() => CheckedLater)
  later!: CheckedLater;
}

describe('validateInput', () => {
  it('gives every violation, nested ones by their path', async () => {
    const { input, violations } = await validateInput(Firm, {
      name: '',
      place: { postalCode: '460000' },
    });
    expect(input).toBeInstanceOf(Firm);
    expect(violations).toEqual([
      { field: 'name', reason: 'must not be empty' },
      {
        field: 'place.postalCode',
        reason: 'postalCode must be shorter than or equal to 5 characters',
      },
    ]);
    expect((await validateInput(Firm, { name: 'Scierie du Lot' })).violations).toEqual([]);
  });

  it('refuses a class with an asynchronous rule, nested or not, rather than skip the rule', async () => {
    await expect(validateInput(CheckedLater, { code: 'A' })).rejects.toThrow(
      new AsynchronousRuleError('CheckedLater', 'code'),
    );
    await expect(validateInput(Holder, { later: { code: 'A' } })).rejects.toThrow(
      AsynchronousRuleError,
    );
  });
});
