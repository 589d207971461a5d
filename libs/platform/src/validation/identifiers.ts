import { IsUUID, Matches } from 'class-validator';

/** An id the API takes: a UUID, refused in the API's words. */
export const IsId = () => IsUUID('all', { message: 'must be a UUID' });

/** A list of ids, each a UUID. */
export const AreIds = () => IsUUID('all', { each: true, message: 'must be UUIDs' });

/** Text with at least one character that is not a space. */
export const IsNotBlank = () => Matches(/\S/, { message: 'must not be blank' });
