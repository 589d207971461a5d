import { IsInt, Matches, Max, Min } from 'class-validator';
import { ServiceConfig } from '@symbiose/platform';

/**
 * What a service that keeps a replica of the directory reads beside every service's: where the
 * directory answers for what the replica lacks.
 */
export class ReplicaConfig extends ServiceConfig {
  /** The directory's base URL inside the deployment's network (never the gateway's). */
  @Matches(/^https?:\/\/[^/]+/, { message: 'must be an http(s) URL' })
  DIRECTORY_URL: string = 'http://localhost:4001';

  /**
   * How long one call to the directory may take before the call that needed it fails as
   * retriable (SERVICE_UNAVAILABLE). Within the gateway's patience for a subgraph, and well
   * above the few milliseconds an indexed read takes.
   */
  @IsInt()
  @Min(100)
  @Max(30000)
  DIRECTORY_TIMEOUT_MS: number = 2000;
}
