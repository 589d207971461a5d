import { Transform } from 'class-transformer';

/** Trims strings before validation, so that "  " is seen as empty and text is stored clean. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
