import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EventType } from '@symbiose/contracts';
import { KnownOrganizations, ReplicatedOrganization } from '@symbiose/directory-replica';
import { BadUserInputError, NotFoundError, OutboxService } from '@symbiose/platform';
import { InterviewStatus } from '../interview/interview-status';
import { Interview } from '../interview/interview.entity';
import { InterviewService } from '../interview/interview.service';
import { DeclarationFields } from './dto/declaration-fields';
import { RecordDeclarationInput } from './dto/record-declaration.input';
import { UpdateDeclarationInput } from './dto/update-declaration.input';
import { DeclarationStatus } from './declaration-enums';
import { checkedContent, ContentInput, requireCategory } from './declaration-rules';
import { declarationSnapshot } from './declaration-snapshot';
import { Declaration } from './declaration.entity';

/** Declarations are added to an interview while it is held; a completed one is amended instead. */
const OPEN_INTERVIEW: InterviewStatus[] = ['PLANNED', 'IN_PROGRESS'];

/** What an update can change, directly or through what it derives; attributes are compared apart, by value. */
const UPDATABLE_FIELDS = [
  'label',
  'description',
  'quantity',
  'unit',
  'frequency',
  'annualQuantity',
  'canonicalUnit',
  'wasteCode',
  'hazardous',
  'authorisedForHazardous',
  'availableFrom',
  'availableUntil',
] as const satisfies readonly (keyof Declaration)[];

type DeclarationEvent = Extract<EventType, `declaration.${string}`>;

/** Records, updates and withdraws declarations, each change with its event in one transaction. */
@Injectable()
export class DeclarationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: KnownOrganizations,
    private readonly interviews: InterviewService,
    private readonly outbox: OutboxService,
  ) {}

  async record(input: RecordDeclarationInput): Promise<Declaration> {
    const organization = await this.organizations.requireActive(
      input.organizationId,
      'organizationId',
    );
    if (input.interviewId)
      await this.requireOpenInterviewOf(input.interviewId, input.organizationId);
    return this.dataSource.transaction((manager) => this.recordWith(manager, input, organization));
  }

  /**
   * Records a declaration of `organization` (active, checked by the caller) in the caller's
   * transaction, with its `declaration.recorded` event: the mutation's path, and an import's for
   * each new row, which gives the row's key.
   */
  async recordWith(
    manager: EntityManager,
    input: RecordDeclarationInput,
    organization: ReplicatedOrganization,
    importKey: string | null = null,
  ): Promise<Declaration> {
    const category = requireCategory(input.categoryCode, input.theme, input.kind);
    const content = checkedContent(category, input.kind, givenContent(input), null);
    if (input.interviewId) await holdInterviewOpen(manager, input.interviewId);
    const declaration = await manager.save(
      manager.create(Declaration, {
        organizationId: input.organizationId,
        interviewId: input.interviewId ?? null,
        kind: input.kind,
        theme: input.theme,
        categoryCode: category.code,
        label: input.label,
        ...content,
        status: DeclarationStatus.ACTIVE,
        withdrawnAt: null,
        importKey,
      }),
    );
    await this.outbox.record(
      manager,
      'declaration.recorded',
      declarationSnapshot(declaration, organization),
    );
    return declaration;
  }

  /** Changes what was given; a change that changes nothing is not saved and emits nothing. */
  async update(input: UpdateDeclarationInput): Promise<Declaration> {
    return this.dataSource.transaction(async (manager) => {
      const declaration = await lockDeclaration(manager, input.id);
      return (await this.updateWith(manager, input, declaration)).declaration;
    });
  }

  /**
   * Updates `declaration` (read, and locked, by the caller) in the caller's transaction, with its
   * `declaration.updated` event; when the input changes nothing, nothing is written and no event
   * is recorded.
   */
  async updateWith(
    manager: EntityManager,
    input: UpdateDeclarationInput,
    declaration: Declaration,
    organization?: ReplicatedOrganization | null,
  ): Promise<{ declaration: Declaration; changed: boolean }> {
    if (declaration.status !== DeclarationStatus.ACTIVE) {
      throw new BadUserInputError('id', 'the declaration is WITHDRAWN: record a new one');
    }
    const { kind, theme, categoryCode, authorisedForHazardous } = declaration;
    const category = requireCategory(categoryCode, theme, kind);
    const content = checkedContent(
      category,
      kind,
      updatedContent(declaration, input),
      authorisedForHazardous,
    );
    const next = { label: input.label ?? declaration.label, ...content };
    if (
      UPDATABLE_FIELDS.every((field) => declaration[field] === next[field]) &&
      isDeepStrictEqual(declaration.attributes, next.attributes) &&
      isDeepStrictEqual(declaration.economics, next.economics)
    ) {
      return { declaration, changed: false };
    }
    const saved = await manager.save(Declaration, Object.assign(declaration, next));
    await this.recordEvent(manager, 'declaration.updated', saved, organization);
    return { declaration: saved, changed: true };
  }

  /** Withdraws a declaration; withdrawing a withdrawn one changes nothing and emits nothing. */
  async withdraw(id: string): Promise<Declaration> {
    return this.dataSource.transaction(async (manager) => {
      const declaration = await lockDeclaration(manager, id);
      if (declaration.status === DeclarationStatus.WITHDRAWN) return declaration;
      declaration.status = DeclarationStatus.WITHDRAWN;
      declaration.withdrawnAt = new Date();
      const saved = await manager.save(Declaration, declaration);
      await this.recordEvent(manager, 'declaration.withdrawn', saved);
      return saved;
    });
  }

  private async requireOpenInterviewOf(interviewId: string, organizationId: string): Promise<void> {
    const interview = await this.interviews.requireIn(interviewId, 'interviewId', OPEN_INTERVIEW);
    if (interview.organizationId !== organizationId) {
      throw new BadUserInputError('interviewId', 'is an interview of another organization');
    }
  }

  /** The event, located where the organization is now, in the transaction of the change. */
  private async recordEvent(
    manager: EntityManager,
    type: DeclarationEvent,
    declaration: Declaration,
    known?: ReplicatedOrganization | null,
  ): Promise<void> {
    const organization =
      known ??
      (await manager.findOneBy(ReplicatedOrganization, {
        organizationId: declaration.organizationId,
      }));
    await this.outbox.record(manager, type, declarationSnapshot(declaration, organization));
  }
}

/** The declaration, locked until the transaction ends, so that concurrent changes queue up. */
async function lockDeclaration(manager: EntityManager, id: string): Promise<Declaration> {
  const declaration = await manager.findOne(Declaration, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!declaration) throw new NotFoundError('id', id);
  return declaration;
}

/**
 * Holds the interview open until the declaration commits: completing it meanwhile waits, then
 * counts the declaration in its event. Refuses it if it was closed since it was checked.
 */
async function holdInterviewOpen(manager: EntityManager, interviewId: string): Promise<void> {
  const interview = await manager.findOne(Interview, {
    where: { id: interviewId },
    lock: { mode: 'pessimistic_read' },
  });
  if (interview && !OPEN_INTERVIEW.includes(interview.status)) {
    throw new BadUserInputError('interviewId', `the interview is ${interview.status} now`);
  }
}

function givenContent(input: DeclarationFields): ContentInput {
  return {
    description: input.description ?? null,
    quantity: input.quantity ?? null,
    unit: input.unit ?? null,
    frequency: input.frequency ?? null,
    wasteCode: input.wasteCode ?? null,
    authorisedForHazardous: input.authorisedForHazardous,
    availableFrom: input.availableFrom ?? null,
    availableUntil: input.availableUntil ?? null,
    attributes: input.attributes ?? null,
    economics: input.economics ?? null,
  };
}

/** What the declaration will say: each field given replaces the stored one, null clears it. */
function updatedContent(declaration: Declaration, input: DeclarationFields): ContentInput {
  const orStored = <T>(given: T | null | undefined, stored: T | null): T | null =>
    given === undefined ? stored : given;
  return {
    description: orStored(input.description, declaration.description),
    quantity: orStored(input.quantity, declaration.quantity),
    unit: orStored(input.unit, declaration.unit),
    frequency: orStored(input.frequency, declaration.frequency),
    wasteCode: orStored(input.wasteCode, declaration.wasteCode),
    authorisedForHazardous: input.authorisedForHazardous,
    availableFrom: orStored(input.availableFrom, declaration.availableFrom),
    availableUntil: orStored(input.availableUntil, declaration.availableUntil),
    attributes: orStored(input.attributes, declaration.attributes),
    economics: orStored(input.economics, declaration.economics),
  };
}
