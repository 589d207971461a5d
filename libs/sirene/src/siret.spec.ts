import { completeSiret, isValidSiren, isValidSiret, luhnCheckDigit } from './siret';

describe('isValidSiren', () => {
  it('accepts real SIRENs', () => {
    expect(isValidSiren('732829320')).toBe(true);
    expect(isValidSiren('356000000')).toBe(true);
    expect(isValidSiren('552032534')).toBe(true);
  });

  it('rejects a wrong key', () => {
    expect(isValidSiren('732829321')).toBe(false);
    expect(isValidSiren('123456789')).toBe(false);
  });

  it('rejects two swapped neighbours', () => {
    expect(isValidSiren('738229320')).toBe(false);
  });

  it('rejects wrong lengths and non-digits', () => {
    expect(isValidSiren('')).toBe(false);
    expect(isValidSiren('73282932')).toBe(false);
    expect(isValidSiren('7328293200')).toBe(false);
    expect(isValidSiren('732 829 320')).toBe(false);
    expect(isValidSiren('73282932O')).toBe(false);
    expect(isValidSiren(undefined as unknown as string)).toBe(false);
  });
});

describe('isValidSiret', () => {
  it('accepts real SIRETs', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
  });

  it("accepts La Poste's head office, which keeps a Luhn key", () => {
    expect(isValidSiret('35600000000048')).toBe(true);
  });

  it("applies the sum-of-digits rule to La Poste's establishments", () => {
    // Digit sums 15 and 35: multiples of 5, although neither is Luhn-valid.
    expect(isValidSiret('35600000000001')).toBe(true);
    expect(isValidSiret('35600000049008')).toBe(true);
    // Luhn-valid, but its digit sum (19) is not a multiple of 5.
    expect(isValidSiret('35600000000014')).toBe(false);
    expect(isValidSiret('35600000000002')).toBe(false);
  });

  it('rejects a wrong key', () => {
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('12345678901234')).toBe(false);
  });

  it('rejects wrong lengths and non-digits', () => {
    expect(isValidSiret('7328293200007')).toBe(false);
    expect(isValidSiret('732829320000740')).toBe(false);
    expect(isValidSiret('732 829 320 00074')).toBe(false);
    expect(isValidSiret('7328293200007A')).toBe(false);
    expect(isValidSiret('')).toBe(false);
    expect(isValidSiret(null as unknown as string)).toBe(false);
  });
});

describe('luhnCheckDigit', () => {
  it('returns the key of real identifiers', () => {
    expect(luhnCheckDigit('73282932')).toBe('0');
    expect(luhnCheckDigit('7328293200007')).toBe('4');
    expect(luhnCheckDigit('3560000000004')).toBe('8');
    expect(luhnCheckDigit('7992739871')).toBe('3');
  });

  it('completes any digit string into a Luhn-valid SIREN', () => {
    for (const prefix of ['00000000', '12345678', '99999999', '40483304']) {
      expect(isValidSiren(prefix + luhnCheckDigit(prefix))).toBe(true);
    }
  });

  it('refuses anything but digits', () => {
    expect(() => luhnCheckDigit('')).toThrow(TypeError);
    expect(() => luhnCheckDigit('12a4')).toThrow(TypeError);
  });
});

describe('completeSiret', () => {
  it('rebuilds a real SIRET from its first 13 digits', () => {
    expect(completeSiret('7328293200007')).toBe('73282932000074');
  });

  it('yields valid SIRETs for many prefixes', () => {
    let seed = 42;
    const nextDigit = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % 10;
    };
    for (let n = 0; n < 500; n += 1) {
      const prefix = Array.from({ length: 13 }, nextDigit).join('');
      const siret = completeSiret(prefix);
      expect(siret).toHaveLength(14);
      expect(siret.startsWith(prefix)).toBe(true);
      expect(isValidSiret(siret)).toBe(true);
    }
  });

  it("follows La Poste's rule under its SIREN", () => {
    for (const nic of ['0000', '0001', '0049', '1234', '9999']) {
      const siret = completeSiret(`356000000${nic}`);
      expect(isValidSiret(siret)).toBe(true);
    }
    // Digit sum 14, so the last digit is 1, where Luhn would have given 6.
    expect(completeSiret('3560000000000')).toBe('35600000000001');
  });

  it('refuses prefixes of the wrong length or with non-digits', () => {
    expect(() => completeSiret('732829320000')).toThrow(TypeError);
    expect(() => completeSiret('73282932000074')).toThrow(TypeError);
    expect(() => completeSiret('732829320000A')).toThrow(TypeError);
  });
});
