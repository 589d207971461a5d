import { Kind } from 'graphql';
import { InstantScalar, instantOf } from './instant.scalar';

describe('DateTime, an instant with its offset', () => {
  it.each([
    ['2026-03-16T09:00:00+01:00', '2026-03-16T08:00:00.000Z'],
    ['2026-03-16T09:00Z', '2026-03-16T09:00:00.000Z'],
    ['2026-03-16T09:00:00.250-02:30', '2026-03-16T11:30:00.250Z'],
  ])('reads %s as %s', (written, utc) => {
    expect(instantOf(written)?.toISOString()).toBe(utc);
    expect(InstantScalar.serialize(InstantScalar.parseValue(written))).toBe(utc);
  });

  it.each([
    '2026-03-16T09:00:00',
    '2026-03-16 09:00:00+01:00',
    '2026-02-30T09:00:00Z',
    '2026-03-16T25:00:00Z',
    '2026-03-16',
    1_700_000_000_000,
  ])('refuses %s as the client’s error', (written) => {
    expect(instantOf(written)).toBeUndefined();
    expect(() => InstantScalar.parseValue(written)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' } }),
    );
  });

  it('refuses a literal that is not an instant, as any literal of the wrong type', () => {
    expect(() => InstantScalar.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow(TypeError);
    const literal = { kind: Kind.STRING, value: '2026-03-16T09:00Z' } as const;
    expect(InstantScalar.parseLiteral(literal)).toEqual(new Date('2026-03-16T09:00:00Z'));
  });

  it('answers a driver’s text in UTC, and a value that is no instant as the server’s error', () => {
    expect(InstantScalar.serialize('2026-03-16 08:00:00+00')).toBe('2026-03-16T08:00:00.000Z');
    expect(() => InstantScalar.serialize('soon')).toThrow(TypeError);
  });
});
