import { IsInt, Matches, Max, Min } from 'class-validator';
import { ReplicaConfig } from '@symbiose/directory-replica';

export class WorkshopsConfig extends ReplicaConfig {
  /** The synergy engine's base URL inside the deployment's network, where the copy is checked. */
  @Matches(/^https?:\/\/[^/]+/, { message: 'must be an http(s) URL' })
  SYNERGY_ENGINE_URL: string = 'http://localhost:4003';

  /** How long one call to the engine may take: a page of a thousand synergies. */
  @IsInt()
  @Min(100)
  @Max(60000)
  SYNERGY_ENGINE_TIMEOUT_MS: number = 10000;

  /**
   * How often the copy of the engine's synergies is compared with the engine's and repaired.
   * Comparing costs one grouped query on each side; only territories that differ are read.
   */
  @IsInt()
  @Min(1000)
  @Max(86400000)
  SYNERGY_COPY_CHECK_MS: number = 600000;
}
