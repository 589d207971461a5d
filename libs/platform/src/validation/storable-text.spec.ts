import { findUnstorableText, unstorableTextReason } from './storable-text';

describe('storable text', () => {
  it('accepts text with accents, emoji (a surrogate pair) and control characters but NUL', () => {
    expect(unstorableTextReason('Scierie du Lot 🌲, « bois »\t\r\n\u0001')).toBeNull();
  });

  it('refuses a NUL character and a lone surrogate, high or low', () => {
    expect(unstorableTextReason('Scierie\u0000')).toBe('must not contain a NUL character (U+0000)');
    expect(unstorableTextReason('\uD800')).toBe(
      'must be well-formed Unicode text (got a lone surrogate U+D800)',
    );
    expect(unstorableTextReason('a\uDFFFb')).toBe(
      'must be well-formed Unicode text (got a lone surrogate U+DFFF)',
    );
    // A pair the wrong way round is two lone surrogates.
    expect(unstorableTextReason('\uDC00\uD800')).not.toBeNull();
  });

  it('names the first bad field by its path into nested objects and lists', () => {
    const input = Object.assign(Object.create(null) as object, {
      name: 'Scierie',
      headcount: 12,
      address: { street: '1 rue du Lot', city: 'Cahors' },
      lines: [{ label: 'carton' }, { label: 'palettes\u0000' }],
    });
    expect(findUnstorableText(input)).toMatchObject({
      field: 'lines.1.label',
      reason: 'must not contain a NUL character (U+0000)',
    });
    expect(findUnstorableText({ address: { city: 'Cahors\uD83D' } })?.field).toBe('address.city');
    expect(findUnstorableText(['ok', 'x\u0000'], 'ids')?.field).toBe('ids.1');
    expect(findUnstorableText({ clean: ['a', { b: 'c' }], when: new Date(0) })).toBeNull();
  });

  it('refuses a bad key of a JSON value, naming the value', () => {
    expect(findUnstorableText({ attributes: { 'a\u0000': 1 } })).toMatchObject({
      field: 'attributes',
      reason: 'keys must not contain a NUL character (U+0000)',
    });
  });
});
