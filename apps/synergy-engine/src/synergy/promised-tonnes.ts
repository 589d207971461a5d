import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { IMPACT_COLUMNS } from './impact-columns';
import { presentedImpact } from './synergy-presentation';
import { Synergy } from './synergy.entity';

/** `B2B:<resource declaration>:<need declaration>`: the resource declaration. */
export function resourceDeclarationOf(key: string): string {
  return key.split(':')[1];
}

/** `B2B:<resource declaration>:<need declaration>`: the need declaration. */
export function needDeclarationOf(key: string): string {
  return key.split(':')[2];
}

/** Live B2B synergies of weighed flows: neither obsolete nor dismissed, with tonnes. */
export const LIVE_WEIGHED_B2B = `s.kind = 'B2B' AND NOT s.obsolete AND s.status <> 'DISMISSED'
  AND s.combined_annual_quantity IS NOT NULL`;

/**
 * What live B2B synergies take of some wastes: a pooled collection leaves those tonnes to them,
 * so that a tonne is counted once between the two.
 */
@Injectable()
export class PromisedTonnes {
  constructor(@InjectRepository(Synergy) private readonly synergies: Repository<Synergy>) {}

  /**
   * By resource declaration, the tonnes allocated to its live B2B synergies; read by the key's
   * range (`B2B:<id>:` up to `B2B:<id>;`), which its unique index serves.
   */
  async ofResources(declarationIds: readonly string[]): Promise<Map<string, number>> {
    const rows: (Synergy & { declarationId: string })[] = await this.synergies.query(
      `SELECT d.id AS "declarationId", ${IMPACT_COLUMNS}
         FROM unnest($1::text[]) AS d(id)
         JOIN synergy s ON s.key >= 'B2B:' || d.id || ':' AND s.key < 'B2B:' || d.id || ';'
        WHERE ${LIVE_WEIGHED_B2B}`,
      [declarationIds],
    );
    const promised = new Map<string, number>();
    for (const row of rows) {
      const tonnes = presentedImpact(row)?.tonnesPerYear ?? 0;
      promised.set(row.declarationId, (promised.get(row.declarationId) ?? 0) + tonnes);
    }
    return promised;
  }
}
