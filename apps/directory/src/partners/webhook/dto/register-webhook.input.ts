import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsNotBlank, PageArgs, Trim } from '@symbiose/platform';
import { IsPartnerId } from '../../partner-validators';
import { WEBHOOK_EVENT_TYPES } from '../webhook-event-types';

@InputType()
export class RegisterWebhookInput {
  @Field({
    description: 'Where deliveries are POSTed: an absolute http(s) URL, https in production',
  })
  @Trim()
  @IsString()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  url: string;

  @Field(() => [String], {
    description: `What to receive, at least one of: ${WEBHOOK_EVENT_TYPES.join(', ')}`,
  })
  @ArrayMinSize(1, { message: 'must name at least one event type' })
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length, { message: 'names an event type twice' })
  @IsIn(WEBHOOK_EVENT_TYPES, {
    each: true,
    message: `must be event types among ${WEBHOOK_EVENT_TYPES.join(', ')}`,
  })
  eventTypes: string[];

  @Field({
    nullable: true,
    description:
      'The partner body that owns it and whose view of firms its payloads get; a partner’s own by default, none (full payloads) for an admin',
  })
  @IsOptional()
  @IsPartnerId()
  partnerId?: string;

  @Field({ nullable: true, description: 'What the endpoint is, for people' })
  @IsOptional()
  @Trim()
  @IsNotBlank()
  @MaxLength(500, { message: 'must be at most 500 characters' })
  description?: string;
}

@ArgsType()
export class WebhookSubscriptionsArgs extends PageArgs {
  @Field({ nullable: true, description: 'A partner sees its own; an admin may name one' })
  @IsOptional()
  @IsPartnerId()
  partnerId?: string;
}
