import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { groupToKeys, NotFoundError } from '@symbiose/platform';
import { Synergy } from '../synergy/synergy.entity';
import { RecordSynergyOutcomeInput } from './dto/record-synergy-outcome.input';
import {
  checkNoOverlap,
  checkOperational,
  checkPeriod,
  exchangedCategoryCode,
  measuredQuantity,
} from './synergy-outcome-rules';
import { SynergyOutcome } from './synergy-outcome.entity';

/** Today as YYYY-MM-DD, in UTC, to tell a period in the future. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Records what operational synergies achieved. Every check runs before the one write, inside a
 * transaction holding the synergy's row: two outcomes recorded at once for one synergy are
 * checked one after the other, so their periods cannot overlap.
 */
@Injectable()
export class SynergyOutcomeService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(SynergyOutcome) private readonly outcomes: Repository<SynergyOutcome>,
  ) {}

  record(input: RecordSynergyOutcomeInput, subject: string): Promise<SynergyOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const synergy = await manager
        .getRepository(Synergy)
        .createQueryBuilder('synergy')
        .setLock('pessimistic_write')
        .where('synergy.id = :id', { id: input.synergyId })
        .getOne();
      if (!synergy) {
        throw new NotFoundError('synergyId', input.synergyId);
      }
      checkOperational(synergy.status);
      checkPeriod(input.from, input.to, today());
      const measured = measuredQuantity(
        exchangedCategoryCode(synergy),
        input.quantity ?? null,
        input.unit ?? null,
      );
      const recorded = await manager
        .getRepository(SynergyOutcome)
        .find({ where: { synergyId: synergy.id }, select: { periodFrom: true, periodTo: true } });
      checkNoOverlap(input.from, input.to, recorded);
      const [{ now }]: { now: Date }[] = await manager.query(`SELECT now() AS now`);
      return manager.getRepository(SynergyOutcome).save({
        synergyId: synergy.id,
        periodFrom: input.from,
        periodTo: input.to,
        quantity: measured?.quantity ?? null,
        unit: measured?.unit ?? null,
        canonicalQuantity: measured?.canonicalQuantity ?? null,
        canonicalUnit: measured?.canonicalUnit ?? null,
        costCents: input.costCents ?? null,
        savingsCents: input.savingsCents ?? null,
        jobsCreated: input.jobsCreated ?? 0,
        jobsKept: input.jobsKept ?? 0,
        note: input.note ?? null,
        recordedBy: input.recordedBy ?? subject,
        recordedBySubject: subject,
        recordedAt: now,
      });
    });
  }

  /** Each synergy's outcomes, oldest period first. */
  async outcomesOf(synergyIds: readonly string[]): Promise<SynergyOutcome[][]> {
    const outcomes = await this.outcomes.find({
      where: { synergyId: In([...synergyIds]) },
      order: { periodFrom: 'ASC' },
    });
    return groupToKeys(synergyIds, outcomes, (outcome) => outcome.synergyId);
  }
}
