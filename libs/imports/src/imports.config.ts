import { IsIn, IsInt, Max, Min } from 'class-validator';

/** What imports read from the environment, in every service that takes them. */
export class ImportsConfig {
  /** Largest file an import takes, in bytes; a larger one is refused with HTTP 413. */
  @IsInt()
  @Min(1024)
  @Max(1024 * 1024 * 1024)
  IMPORT_MAX_BYTES: number = 100 * 1024 * 1024;

  /** Rows committed together, with the job's progress, in one transaction. */
  @IsInt()
  @Min(1)
  @Max(10_000)
  IMPORT_BATCH_SIZE: number = 2000;

  /** `in-process` runs the import worker in the service; `off` leaves imports to other instances. */
  @IsIn(['in-process', 'off'])
  IMPORT_WORKER: 'in-process' | 'off' = 'in-process';

  /** How often jobs a lost queue entry left waiting are queued again. */
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  IMPORT_SWEEP_MS: number = 60_000;
}
