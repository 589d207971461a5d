import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, In, IsNull, Not, Repository } from 'typeorm';
import { BadUserInputError, NotFoundError, OutboxService } from '@symbiose/platform';
import { KnownSynergies } from '../synergy/known-synergies.service';
import { WorkshopKind } from '../workshop/workshop-enums';
import { WorkshopService } from '../workshop/workshop.service';
import { AddScenarioInput, SelectScenarioArgs } from './dto/scenario.inputs';
import { Scenario } from './scenario.entity';

@Injectable()
export class ScenarioService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Scenario) private readonly scenarios: Repository<Scenario>,
    private readonly synergies: KnownSynergies,
    private readonly workshops: WorkshopService,
    private readonly outbox: OutboxService,
  ) {}

  async add(input: AddScenarioInput): Promise<Scenario> {
    const synergy = await this.synergies.require(input.synergyId, 'synergyId');
    if (synergy.obsolete) {
      throw new BadUserInputError('synergyId', 'the synergy is obsolete: its inputs are gone');
    }
    return this.scenarios.save(
      this.scenarios.create({
        synergyId: synergy.synergyId,
        title: input.title,
        description: input.description ?? null,
        costCents: input.costCents,
        expectedImpact: input.expectedImpact,
        selectedInWorkshopId: null,
        selectedAt: null,
      }),
    );
  }

  /**
   * A meeting of the synergy's follow-up group picks the scenario, once it has met (marked
   * held), like a prioritisation's votes; the engine hears of it through `scenario.selected`,
   * recorded in the same transaction, and moves the synergy to SELECTED as its own lifecycle
   * allows.
   */
  select({ scenarioId, workshopId }: SelectScenarioArgs): Promise<Scenario> {
    return this.dataSource.transaction(async (manager) => {
      const scenario = await manager.findOne(Scenario, {
        where: { id: scenarioId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!scenario) throw new NotFoundError('scenarioId', scenarioId);
      const workshop = await this.workshops.lockIn(manager, workshopId, 'workshopId', ['HELD']);
      if (
        workshop.kind !== WorkshopKind.FOLLOW_UP_GROUP ||
        workshop.synergyId !== scenario.synergyId
      ) {
        throw new BadUserInputError(
          'workshopId',
          'is not a meeting of the follow-up group of the scenario’s synergy',
        );
      }
      const alreadyChosen = await manager.findOne(Scenario, {
        where: { synergyId: scenario.synergyId, selectedAt: Not(IsNull()) },
      });
      if (alreadyChosen) {
        throw new BadUserInputError(
          'scenarioId',
          `the synergy's scenario "${alreadyChosen.title}" was chosen already`,
        );
      }
      scenario.selectedAt = new Date();
      scenario.selectedInWorkshopId = workshop.id;
      const saved = await manager.save(Scenario, scenario);
      await this.outbox.record(manager, 'scenario.selected', {
        scenarioId: saved.id,
        synergyId: saved.synergyId,
        workshopId: workshop.id,
        title: saved.title,
      });
      return saved;
    });
  }

  ofSynergies(synergyIds: readonly string[]): Promise<Scenario[]> {
    return this.scenarios.find({
      where: { synergyId: In(synergyIds.filter((id) => isUUID(id))) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
