import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InterviewGrid } from './interview-grid.entity';
import { InterviewGridResolver } from './interview-grid.resolver';
import { InterviewGridService } from './interview-grid.service';

@Module({
  imports: [TypeOrmModule.forFeature([InterviewGrid])],
  providers: [InterviewGridService, InterviewGridResolver],
  exports: [InterviewGridService],
})
export class InterviewGridModule {}
