import { ArgumentMetadata } from '@nestjs/common';
import { IsString } from 'class-validator';
import { BadUserInputError } from './bad-user-input';
import { createInputValidationPipe } from './validation-pipe';

class RenameInput {
  @IsString()
  name!: string;
}

describe('the input validation pipe', () => {
  const pipe = createInputValidationPipe();

  async function refusal(value: unknown, metadata: ArgumentMetadata) {
    const error: unknown = await pipe.transform(value, metadata).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadUserInputError);
    const { field, reason } = error as BadUserInputError;
    return { field, reason };
  }

  it('refuses a NUL character in an input object, naming the field as class-validator does', async () => {
    expect(
      await refusal(
        { name: 'Scierie\u0000' },
        { type: 'body', metatype: RenameInput, data: 'input' },
      ),
    ).toEqual({ field: 'name', reason: 'must not contain a NUL character (U+0000)' });
  });

  it('refuses a lone surrogate in a scalar argument and a query parameter, by their names', async () => {
    expect(await refusal('\uD800', { type: 'body', metatype: String, data: 'reason' })).toEqual({
      field: 'reason',
      reason: 'must be well-formed Unicode text (got a lone surrogate U+D800)',
    });
    expect((await refusal('a\u0000', { type: 'query', metatype: String, data: 'q' })).field).toBe(
      'q',
    );
    expect(
      (await refusal(['x', 'y\uDC00'], { type: 'body', metatype: Array, data: 'ids' })).field,
    ).toBe('ids.1');
  });

  it('leaves what the client did not send alone: a parent, the context', async () => {
    const parent = { name: 'stored\u0000' };
    await expect(pipe.transform(parent, { type: 'custom', metatype: Object })).resolves.toBe(
      parent,
    );
  });

  it('still validates clean input with class-validator', async () => {
    expect(
      await refusal({ name: 3 }, { type: 'body', metatype: RenameInput, data: 'input' }),
    ).toEqual({
      field: 'name',
      reason: 'name must be a string',
    });
    await expect(
      pipe.transform(
        { name: 'Scierie 🌲' },
        { type: 'body', metatype: RenameInput, data: 'input' },
      ),
    ).resolves.toBeInstanceOf(RenameInput);
  });
});
