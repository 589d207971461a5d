import { ServiceDatabase } from '@symbiose/platform';
import { IMPORT_ENTITIES } from '@symbiose/imports';
import { CreateImports1765000000000 } from './migrations/1765000000000-create-imports';
import { WebhookDeliveryRetention1765600000000 } from './migrations/1765600000000-webhook-delivery-retention';
import { OrganizationAuthorisations1766000300000 } from './migrations/1766000300000-organization-authorisations';
import { OutboxEventBySubject1766100000000 } from './migrations/1766100000000-outbox-event-by-subject';
import { EnteredIndicatorValue } from './assessment/entered-value/entered-indicator-value.entity';
import { AssessmentGrid } from './assessment/grid/assessment-grid.entity';
import { ZoneAssessment } from './assessment/zone-assessment/zone-assessment.entity';
import { ApiKey } from './partners/api-key/api-key.entity';
import { PartnerShare } from './partners/partner-share/partner-share.entity';
import { CreatePartnerShare1764970000000 } from './migrations/1764970000000-create-partner-share';
import { AuditEntry } from './audit/audit-entry.entity';
import { CreateApiKey1764960000000 } from './migrations/1764960000000-create-api-key';
import { CreateAuditEntry1764950000000 } from './migrations/1764950000000-create-audit-entry';
import { ZoneChoice } from './assessment/zone-choice/zone-choice.entity';
import { Contact } from './core/contact/contact.entity';
import { DeclarationFigure } from './assessment/declaration-figures/declaration-figure.entity';
import { CreateAssessment1764403200000 } from './migrations/1764403200000-create-assessment';
import { CreateDirectory1764316800000 } from './migrations/1764316800000-create-directory';
import { Organization } from './core/organization/organization.entity';
import { Territory } from './core/territory/territory.entity';
import { Zone } from './core/zone/zone.entity';
import { CreateWebhook1764987000000 } from './migrations/1764987000000-create-webhook';
import { WebhookDeliveryAttempt } from './partners/webhook/webhook-delivery-attempt.entity';
import { WebhookDelivery } from './partners/webhook/webhook-delivery.entity';
import { WebhookSubscription } from './partners/webhook/webhook-subscription.entity';
import { OutboxDelivery1766200000000 } from './migrations/1766200000000-outbox-delivery';
import { OutboxEventByImportedOrganization1766300000000 } from './migrations/1766300000000-outbox-event-by-imported-organization';

export const DIRECTORY_DATABASE: ServiceDatabase = {
  schema: 'directory',
  entities: [
    Territory,
    Zone,
    Organization,
    Contact,
    DeclarationFigure,
    AssessmentGrid,
    EnteredIndicatorValue,
    ZoneAssessment,
    ZoneChoice,
    AuditEntry,
    ApiKey,
    PartnerShare,
    WebhookSubscription,
    WebhookDelivery,
    WebhookDeliveryAttempt,
    ...IMPORT_ENTITIES,
  ],
  migrations: [
    CreateDirectory1764316800000,
    CreateAssessment1764403200000,
    CreateAuditEntry1764950000000,
    CreateApiKey1764960000000,
    CreatePartnerShare1764970000000,
    CreateWebhook1764987000000,
    CreateImports1765000000000,
    WebhookDeliveryRetention1765600000000,
    OrganizationAuthorisations1766000300000,
    OutboxEventBySubject1766100000000,
    OutboxDelivery1766200000000,
    OutboxEventByImportedOrganization1766300000000,
  ],
};
