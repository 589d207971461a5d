import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KnownOrganizationsModule } from '@symbiose/directory-replica';
import { InterviewGridModule } from '../interview-grid/interview-grid.module';
import { InterviewAmendment } from './interview-amendment.entity';
import { InterviewAnswer } from './interview-answer.entity';
import { Interview } from './interview.entity';
import {
  InterviewResolver,
  OrganizationInterviewsResolver,
  ZoneInterviewCountResolver,
} from './interview.resolver';
import { InterviewService } from './interview.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Interview, InterviewAnswer, InterviewAmendment]),
    InterviewGridModule,
    KnownOrganizationsModule,
  ],
  providers: [
    InterviewService,
    InterviewResolver,
    OrganizationInterviewsResolver,
    ZoneInterviewCountResolver,
  ],
  exports: [InterviewService],
})
export class InterviewModule {}
