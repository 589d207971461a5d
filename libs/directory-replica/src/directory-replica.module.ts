import { Global, Module } from '@nestjs/common';
import { DirectoryReadThrough } from './directory-read-through';
import { DirectorySource } from './directory-source';

/**
 * What a service that keeps a replica of the directory imports once, beside the platform
 * (configured with ReplicaConfig or a class extending it): the read-through its lookups use
 * for a row the replica lacks.
 */
@Global()
@Module({
  providers: [DirectorySource, DirectoryReadThrough],
  exports: [DirectoryReadThrough],
})
export class DirectoryReplicaModule {}
