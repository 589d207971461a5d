import { Module } from '@nestjs/common';
import { ApiKeyModule } from './api-key/api-key.module';
import { PartnerShareModule } from './partner-share/partner-share.module';
import { WebhookModule } from './webhook/webhook.module';

/**
 * Partner bodies' systems (the waste syndicate, the chamber of commerce …): their API keys, the
 * organizations that agreed to be known by them, and the webhooks that tell them of changes.
 */
@Module({
  imports: [ApiKeyModule, PartnerShareModule, WebhookModule],
})
export class PartnersModule {}
