import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { BadUserInputError } from './bad-user-input';

/** Checks that an ID argument is a UUID, naming the argument when it is not. */
@Injectable()
export class UuidArgPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !isUUID(value)) {
      throw new BadUserInputError(
        metadata.data ?? 'id',
        { EN: 'must be a UUID', FR: 'doit être un UUID' },
        'NOT_A_UUID',
      );
    }
    return value;
  }
}
