import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DeclarationFigure } from './declaration-figure.entity';

/** The figures declared in a zone by its active organizations, from their active declarations. */
export interface ZoneDeclarationFigures {
  zoneId: string;
  needCount: number;
  resourceCount: number;
  /** Resources declared in tonnes, a year. */
  resourceTonnes: number;
}

/** Counts only what is active: a withdrawn declaration, or an archived firm's, no longer counts. */
const ZONE_FIGURES = `
  SELECT organization.zone_id AS "zoneId",
         count(*) FILTER (WHERE figure.kind = 'NEED')::int AS needs,
         count(*) FILTER (WHERE figure.kind = 'RESOURCE')::int AS resources,
         sum(figure.annual_quantity)
           FILTER (WHERE figure.kind = 'RESOURCE' AND figure.canonical_unit = 't') AS tonnes
    FROM declaration_figure figure
    JOIN organization ON organization.id = figure.organization_id
   WHERE organization.zone_id = ANY($1)
     AND organization.status = 'ACTIVE'
     AND figure.status = 'ACTIVE'
   GROUP BY organization.zone_id`;

@Injectable()
export class DeclarationFiguresService {
  constructor(
    @InjectRepository(DeclarationFigure) private readonly figures: Repository<DeclarationFigure>,
  ) {}

  /** The figures of each zone asked, zero for a zone where nothing is declared. */
  async ofZones(zoneIds: readonly string[]): Promise<ZoneDeclarationFigures[]> {
    const rows: { zoneId: string; needs: number; resources: number; tonnes: number | null }[] =
      await this.figures.query(ZONE_FIGURES, [zoneIds]);
    return zoneIds.map((zoneId) => {
      const row = rows.find((candidate) => candidate.zoneId === zoneId);
      return {
        zoneId,
        needCount: row?.needs ?? 0,
        resourceCount: row?.resources ?? 0,
        resourceTonnes: row?.tonnes ?? 0,
      };
    });
  }
}
