import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ScenarioSelectedV1 } from '@symbiose/contracts';
import { BadUserInputError, NotFoundError, OutboxService } from '@symbiose/platform';
import { checkDismissalReason, type DismissalReason } from './dismissal-reason';
import { canTransition, SYNERGY_TRANSITIONS, type SynergyStatus } from './synergy-lifecycle';
import { synergySnapshot } from './synergy-snapshot';
import { Synergy } from './synergy.entity';

export interface StatusChange {
  to: SynergyStatus;
  note: string | null;
  /** Required to dismiss, refused otherwise (see checkDismissalReason). */
  reasonCode: DismissalReason | null;
  changedBy: string;
  /** The verified subject of the token that asked for the change; null when an event made it. */
  subject: string | null;
}

/** Why a transition is refused, naming both states and what is allowed instead. */
export function refusedTransition(from: SynergyStatus, to: SynergyStatus): string {
  const allowed = SYNERGY_TRANSITIONS[from];
  return (
    `a synergy cannot go from ${from} to ${to}; ` +
    `from ${from} it may go to ${allowed.join(' or ')}`
  );
}

/**
 * Moves synergies along their lifecycle: the transition checked against the
 * allowed ones, the status, its history entry and the
 * `synergy.status_changed` event written in one transaction.
 */
@Injectable()
export class SynergyLifecycleService {
  private readonly logger = new Logger('SynergyLifecycle');

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  changeStatus(id: string, change: StatusChange): Promise<Synergy> {
    return this.dataSource.transaction(async (manager) => {
      const synergy = await this.lock(manager, id);
      if (!synergy) throw new NotFoundError('id', id);
      if (!canTransition(synergy.status, change.to)) {
        throw new BadUserInputError(
          'to',
          refusedTransition(synergy.status, change.to),
          'TRANSITION_NOT_ALLOWED',
        );
      }
      checkDismissalReason(change.to, change.reasonCode, change.note);
      return this.apply(manager, synergy, change);
    });
  }

  /**
   * A follow-up group chose a scenario: the synergy moves to SELECTED if its
   * lifecycle allows it now; otherwise the event changes nothing, and says so
   * in the log (a scenario does not skip qualification and study).
   */
  async selectFromScenario(manager: EntityManager, scenario: ScenarioSelectedV1): Promise<void> {
    const synergy = await this.lock(manager, scenario.synergyId);
    if (!synergy) {
      this.logger.warn(`scenario ${scenario.scenarioId}: unknown synergy ${scenario.synergyId}`);
      return;
    }
    if (synergy.status === 'SELECTED') return;
    if (!canTransition(synergy.status, 'SELECTED')) {
      this.logger.warn(
        `scenario ${scenario.scenarioId}: ${refusedTransition(synergy.status, 'SELECTED')}`,
      );
      return;
    }
    await this.apply(manager, synergy, {
      to: 'SELECTED',
      note: `Scenario chosen by a follow-up group: ${scenario.title}`,
      reasonCode: null,
      changedBy: `workshops (workshop ${scenario.workshopId})`,
      subject: null,
    });
  }

  private lock(manager: EntityManager, id: string): Promise<Synergy | null> {
    return manager
      .getRepository(Synergy)
      .createQueryBuilder('synergy')
      .setLock('pessimistic_write')
      .where('synergy.id = :id', { id })
      .getOne();
  }

  private async apply(
    manager: EntityManager,
    synergy: Synergy,
    { to, note, reasonCode, changedBy, subject }: StatusChange,
  ): Promise<Synergy> {
    const from = synergy.status;
    const [{ now }]: { now: Date }[] = await manager.query(`SELECT now() AS now`);
    await manager.query(`UPDATE synergy SET status = $2, status_changed_at = $3 WHERE id = $1`, [
      synergy.id,
      to,
      now,
    ]);
    await manager.query(
      `INSERT INTO synergy_status_change
         (synergy_id, from_status, to_status, changed_by, changed_by_subject, note, reason_code,
          changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [synergy.id, from, to, changedBy, subject, note, reasonCode, now],
    );
    const changed = { ...synergy, status: to, statusChangedAt: now };
    await this.outbox.record(manager, 'synergy.status_changed', {
      ...synergySnapshot(changed, changed),
      from,
      changedBy,
      note,
      reasonCode,
    });
    return changed;
  }
}
