import { Directive, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, PageInfo, registerLabelledEnum } from '@symbiose/platform';
import { IMPORT_KIND_LABELS, IMPORT_STATUS_LABELS } from './import-job-labels';
import { IMPORT_KINDS, IMPORT_STATUSES, ImportKind, ImportStatus } from './import-job.entity';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const ImportStatusEnum = enumOf(IMPORT_STATUSES);
export const ImportKindEnum = enumOf(IMPORT_KINDS);
registerLabelledEnum(
  ImportStatusEnum,
  {
    name: 'ImportStatus',
    description:
      'QUEUED, then RUNNING, then SUCCEEDED (whatever the rows rejected) or FAILED (the file as a whole could not be read)',
  },
  IMPORT_STATUS_LABELS,
);
registerLabelledEnum(ImportKindEnum, { name: 'ImportKind' }, IMPORT_KIND_LABELS);

/** One row (or, at line 1, the header) an import did not take, and why. Shared by the subgraphs that import. */
@ObjectType('ImportRowError')
@Directive('@shareable')
export class ImportRowErrorModel {
  @Field(() => Int, {
    description: 'The line of the file where the row ends; the header is line 1',
  })
  line: number;

  @Field(() => String, {
    nullable: true,
    description: "The column at fault, as the file's header names it",
  })
  column: string | null;

  @Field()
  reason: string;
}

@ObjectType('ImportRowErrorEdge')
@Directive('@shareable')
export class ImportRowErrorEdgeModel {
  @Field(() => ImportRowErrorModel)
  node: ImportRowErrorModel;

  @Field()
  cursor: string;
}

@ObjectType('ImportRowErrorConnection')
@Directive('@shareable')
export class ImportRowErrorConnectionModel implements Connection<ImportRowErrorModel> {
  @Field(() => [ImportRowErrorEdgeModel])
  edges: ImportRowErrorEdgeModel[];

  @Field(() => [ImportRowErrorModel])
  nodes: ImportRowErrorModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

/**
 * The fields of an import job, which each importing subgraph exposes under a type of its own
 * (`OrganizationImport`, `DeclarationImport`) with its `errors` connection.
 */
@ObjectType({ isAbstract: true })
export abstract class ImportJobFields {
  @Field(() => ID)
  id: string;

  @Field(() => ImportKindEnum)
  kind: ImportKind;

  @Field(() => ImportStatusEnum)
  status: ImportStatus;

  @Field({ description: 'Validated and reported only: nothing was written but the report' })
  dryRun: boolean;

  @Field(() => Float, { description: 'From 0 to 1: the part of the file processed' })
  progress: number;

  @Field(() => Int, { description: 'Rows taken: created, updated, or found already up to date' })
  accepted: number;

  @Field(() => Int, { description: 'Rows refused; each has its reasons in errors' })
  rejected: number;

  @Field(() => Int, { description: 'Rows that created a record (in a dry run: would have)' })
  created: number;

  @Field(() => Int, { description: 'Rows that changed a record (in a dry run: would have)' })
  updated: number;

  @Field(() => Int, { description: 'Rows whose record already said the same: nothing written' })
  unchanged: number;

  @Field(() => String, { nullable: true, description: 'Why the whole file could not be imported' })
  failure: string | null;

  @Field(() => Int, { description: 'The size of the file, in bytes' })
  fileSize: number;

  @Field({ description: 'utf-8, utf-16le, utf-16be or windows-1252, as found in the file' })
  encoding: string;

  @Field({ description: 'The subject of the token that sent the file' })
  requestedBy: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;
}
