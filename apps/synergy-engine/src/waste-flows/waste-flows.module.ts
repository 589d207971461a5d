import { Module } from '@nestjs/common';
import { KnownZonesModule } from '@symbiose/directory-replica';
import { WasteFlowsResolver } from './waste-flows.resolver';
import { WasteFlowsService } from './waste-flows.service';

/** Aggregates of the declared flows for partner bodies (the waste syndicate). */
@Module({
  imports: [KnownZonesModule],
  providers: [WasteFlowsService, WasteFlowsResolver],
})
export class WasteFlowsModule {}
