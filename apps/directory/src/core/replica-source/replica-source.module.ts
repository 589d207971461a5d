import { Module } from '@nestjs/common';
import { ReplicaSourceController } from './replica-source.controller';
import { ReplicaSourceService } from './replica-source.service';

@Module({
  providers: [ReplicaSourceService],
  controllers: [ReplicaSourceController],
})
export class ReplicaSourceModule {}
