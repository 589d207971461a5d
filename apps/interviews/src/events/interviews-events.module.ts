import { Module } from '@nestjs/common';
import { InterviewsEventHandlers } from './interviews-event-handlers';

/** The events the interviews consume: the directory's zones and organizations, into the replica. */
@Module({ providers: [InterviewsEventHandlers] })
export class InterviewsEventsModule {}
