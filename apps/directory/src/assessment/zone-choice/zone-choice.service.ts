import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { BadUserInputError } from '@symbiose/platform';
import { TerritoryService } from '../../core/territory/territory.service';
import { ZoneService } from '../../core/zone/zone.service';
import { RecordZoneChoiceArgs } from './dto/record-zone-choice.args';
import { ZoneChoice } from './zone-choice.entity';

/** Today as YYYY-MM-DD, in UTC, to tell a decision in the future. */
const today = () => new Date().toISOString().slice(0, 10);

@Injectable()
export class ZoneChoiceService {
  constructor(
    @InjectRepository(ZoneChoice) private readonly choices: Repository<ZoneChoice>,
    private readonly territories: TerritoryService,
    private readonly zones: ZoneService,
  ) {}

  async record(args: RecordZoneChoiceArgs): Promise<ZoneChoice> {
    if (args.decidedAt > today())
      throw new BadUserInputError('decidedAt', 'must not be in the future');
    await this.territories.requireExisting(args.territoryId, 'territoryId');
    const zone = await this.zones.requireExisting(args.zoneId, 'zoneId');
    if (zone.territoryId !== args.territoryId) {
      throw new BadUserInputError('zoneId', 'the zone is not in that territory');
    }
    const { territoryId, zoneId, rationale, decidedAt } = args;
    return this.choices.save(this.choices.create({ territoryId, zoneId, rationale, decidedAt }));
  }

  /** The territory's recorded choices, the latest decision first. */
  async listByTerritory(territoryId: string): Promise<ZoneChoice[]> {
    await this.territories.requireExisting(territoryId, 'territoryId');
    return this.choices.find({
      where: { territoryId },
      order: { decidedAt: 'DESC', recordedAt: 'DESC' },
    });
  }
}
