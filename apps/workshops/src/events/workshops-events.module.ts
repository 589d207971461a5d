import { Module } from '@nestjs/common';
import { WorkshopsEventHandlers } from './workshops-event-handlers';

/** The events the workshops consume: zones and organizations, synergies, completed interviews. */
@Module({ providers: [WorkshopsEventHandlers] })
export class WorkshopsEventsModule {}
