import { randomInt } from 'node:crypto';
import { completeSiret, luhnCheckDigit } from '@symbiose/sirene';
import type { CaseFirm } from '@symbiose/synergy-cases';

/** La Poste's SIREN follows another key rule; a random SIREN never takes it. */
const LA_POSTE_SIREN = '356000000';

function randomSiren(): string {
  for (;;) {
    const payload = String(randomInt(10_000_000, 100_000_000));
    const siren = payload + luhnCheckDigit(payload);
    if (siren !== LA_POSTE_SIREN) return siren;
  }
}

/**
 * A Luhn-valid SIRET per firm, one SIREN per `sirenGroup` (a firm without one is a company of
 * its own), random so that runs into the same database never collide.
 */
export function caseSirets(firms: readonly CaseFirm[], siren = randomSiren): Map<string, string> {
  const sirens = new Map<string, string>();
  const establishments = new Map<string, number>();
  return new Map(
    firms.map((firm) => {
      const company = firm.sirenGroup ?? `firm:${firm.ref}`;
      const companySiren = sirens.get(company) ?? siren();
      sirens.set(company, companySiren);
      const index = (establishments.get(company) ?? 0) + 1;
      establishments.set(company, index);
      const nic = String(index * 10).padStart(4, '0');
      return [firm.ref, completeSiret(companySiren + nic)];
    }),
  );
}
