import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DeclarationFiguresService } from '../declaration-figures/declaration-figures.service';
import { OrganizationStatus } from '../../core/organization/organization-enums';
import { Organization } from '../../core/organization/organization.entity';
import { Zone } from '../../core/zone/zone.entity';
import { ZoneFacts } from './computed-rules';
import { zoneFacts } from './zone-facts';

/** Reads what the directory knows of a zone today, for an assessment. */
@Injectable()
export class ZoneFactsService {
  constructor(
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    private readonly figures: DeclarationFiguresService,
  ) {}

  async of(zone: Zone): Promise<ZoneFacts> {
    const [establishments, [declared]] = await Promise.all([
      this.organizations.find({
        select: { nafCode: true, headcount: true, businessAssociationMember: true },
        where: { zoneId: zone.id, status: OrganizationStatus.ACTIVE },
      }),
      this.figures.ofZones([zone.id]),
    ]);
    return zoneFacts(establishments, zone.areaKm2, declared);
  }
}
