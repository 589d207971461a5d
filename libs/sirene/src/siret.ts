/**
 * SIREN (9 digits) and SIRET (14 digits) identifiers of the French business register.
 *
 * Both end with a Luhn key, so a typo in one digit or a swap of two neighbours is caught
 * before we ask the register about a company that does not exist.
 */

/** La Poste numbered its thousands of offices before the Luhn key could fit them all. */
const LA_POSTE_SIREN = '356000000';

/** La Poste's head office predates the exception and still carries an ordinary Luhn key. */
const LA_POSTE_HEAD_OFFICE_SIRET = '35600000000048';

const NINE_DIGITS = /^\d{9}$/;
const FOURTEEN_DIGITS = /^\d{14}$/;
const THIRTEEN_DIGITS = /^\d{13}$/;
const DIGITS = /^\d+$/;

/** Luhn sum of `digits`, doubling every second digit counted from the right when `doubleFirst`. */
function luhnSum(digits: string, doubleFirst: boolean): number {
  let sum = 0;
  let double = doubleFirst;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let n = digits.charCodeAt(i) - 48;
    if (double) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
    double = !double;
  }
  return sum;
}

function isLuhnValid(digits: string): boolean {
  return luhnSum(digits, false) % 10 === 0;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += digits.charCodeAt(i) - 48;
  return sum;
}

/**
 * Strict on format (no spaces, no separators): callers normalise user input first, so that
 * what we store is exactly what the register publishes.
 */
export function isValidSiren(s: string): boolean {
  return typeof s === 'string' && NINE_DIGITS.test(s) && isLuhnValid(s);
}

/**
 * The key covers all 14 digits, not the SIREN alone; check `isValidSiren(s.slice(0, 9))` too
 * when the company part matters on its own.
 *
 * La Poste's establishments (SIREN 356000000) cannot all have a Luhn key, so INSEE gives them
 * another rule: the sum of the 14 digits is a multiple of 5. Only the head office keeps Luhn.
 */
export function isValidSiret(s: string): boolean {
  if (typeof s !== 'string' || !FOURTEEN_DIGITS.test(s)) return false;
  if (s.startsWith(LA_POSTE_SIREN) && s !== LA_POSTE_HEAD_OFFICE_SIRET) {
    return digitSum(s) % 5 === 0;
  }
  return isLuhnValid(s);
}

/**
 * The digit that, appended to `digitsWithoutKey`, makes a Luhn-valid number; generators use
 * it to build SIRENs (8 digits in) that pass the same checks as real ones.
 */
export function luhnCheckDigit(digitsWithoutKey: string): string {
  if (typeof digitsWithoutKey !== 'string' || !DIGITS.test(digitsWithoutKey)) {
    throw new TypeError(`luhnCheckDigit expects digits only, got "${String(digitsWithoutKey)}"`);
  }
  // The key will sit in the rightmost place, so the payload's last digit is the one doubled.
  return String((10 - (luhnSum(digitsWithoutKey, true) % 10)) % 10);
}

/**
 * Completes a 13-digit SIREN + NIC prefix into a SIRET that `isValidSiret` accepts, so demo
 * data never trips the validation of the services it feeds. Under La Poste's SIREN the last
 * digit is chosen for the sum-of-digits rule instead of Luhn.
 */
export function completeSiret(first13Digits: string): string {
  if (typeof first13Digits !== 'string' || !THIRTEEN_DIGITS.test(first13Digits)) {
    throw new TypeError(`completeSiret expects 13 digits, got "${String(first13Digits)}"`);
  }
  if (first13Digits.startsWith(LA_POSTE_SIREN)) {
    return first13Digits + String((5 - (digitSum(first13Digits) % 5)) % 5);
  }
  return first13Digits + luhnCheckDigit(first13Digits);
}
