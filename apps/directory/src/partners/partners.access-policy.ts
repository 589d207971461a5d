import { isUUID } from 'class-validator';
import { hasRole } from '@symbiose/tokens';
import {
  Accessor,
  AccessPolicy,
  AccessRule,
  adminOnly,
  argument,
  asParent,
  facilitatorsOrOwn,
  parentId,
  refuseOutOfReach,
} from '@symbiose/platform';
import { PartnerShareService } from './partner-share/partner-share.service';
import { WebhookSubscriptionService } from './webhook/webhook-subscription.service';

/**
 * A partner body on an organization that agreed to be known by it; any other (or an unknown one)
 * is out of its reach.
 */
export const sharedWithCaller =
  (organizationOf: Accessor): AccessRule =>
  async (request) => {
    const { partnerId } = request.principal;
    if (!hasRole(request.principal, 'PARTNER') || partnerId === undefined) return false;
    const organizationId = organizationOf(request);
    const shared =
      typeof organizationId === 'string' &&
      isUUID(organizationId) &&
      (await request.services
        .get(PartnerShareService, { strict: false })
        .isShared(organizationId, partnerId));
    return shared || refuseOutOfReach(request, organizationOf);
  };

/** A partner body asking about itself: the partner named, if any, is the caller. */
const partnerItself =
  (partnerOf: Accessor): AccessRule =>
  (request) => {
    if (!hasRole(request.principal, 'PARTNER')) return false;
    const named = partnerOf(request);
    return (
      named === undefined ||
      named === request.principal.partnerId ||
      refuseOutOfReach(request, partnerOf)
    );
  };

/** A partner body on a webhook subscription it owns (an unknown id is owned by no one). */
const ownWebhook =
  (subscriptionOf: Accessor): AccessRule =>
  async (request) => {
    const { partnerId } = request.principal;
    if (!hasRole(request.principal, 'PARTNER') || partnerId === undefined) return false;
    const id = subscriptionOf(request);
    const owned =
      typeof id === 'string' &&
      isUUID(id) &&
      (await request.services
        .get(WebhookSubscriptionService, { strict: false })
        .isOwnedBy(id, partnerId));
    return owned || refuseOutOfReach(request, subscriptionOf);
  };

/**
 * Who may call what of the partners' (see AccessPolicy): admins hand out API keys; an
 * organization shares itself; a partner reaches its own shares and webhook subscriptions, and
 * ADMIN every one.
 */
export const PARTNERS_ACCESS: AccessPolicy = {
  'Query.apiKeys': adminOnly,
  'Mutation.createApiKey': adminOnly,
  'Mutation.revokeApiKey': adminOnly,

  'Organization.sharedWithPartners': facilitatorsOrOwn(parentId),
  'Query.sharedOrganizations': partnerItself(argument('partnerId')),
  'Mutation.shareWithPartner': facilitatorsOrOwn(argument('organizationId')),
  'Mutation.stopSharingWithPartner': facilitatorsOrOwn(argument('organizationId')),

  'Query.webhookSubscriptions': partnerItself(argument('partnerId')),
  'Query.webhookSubscription': ownWebhook(argument('id')),
  'WebhookSubscription.enabled': asParent,
  'WebhookSubscription.deliveries': asParent,
  'WebhookDelivery.attempts': asParent,
  'Mutation.registerWebhook': partnerItself(argument('input', 'partnerId')),
  'Mutation.enableWebhook': ownWebhook(argument('id')),
  'Mutation.disableWebhook': ownWebhook(argument('id')),
  'Mutation.deleteWebhook': ownWebhook(argument('id')),
  'Mutation.rotateWebhookSecret': ownWebhook(argument('id')),
  'Mutation.sendTestEvent': ownWebhook(argument('subscriptionId')),
};
