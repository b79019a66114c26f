// What the HTTP API is given to serve: the services it calls and the settings it enforces.
import type { Client } from '@temporalio/client';
import type { TemporalCalls } from '../temporal/calls';
import type { Database } from '../db';
import type { Logger } from '../logger';
import type { ConsentService } from '../services/consents';
import type { SequencePreview } from '../services/preview';
import type { FollowUpService } from '../services/followUps';
import type { InvoicePage } from '../services/invoicePage';
import type { ResendEvents } from '../services/resendEvents';
import type { StripeEvents } from '../services/stripeEvents';
import type { TwilioEvents } from '../services/twilioEvents';
import type { PaymentWebhookInbox } from '../services/paymentWebhooks';

export interface ProviderWebhookConfig {
  /** Public base URL providers call (Twilio signs the full URL). */
  publicUrl?: string;
  twilioAuthToken?: string;
  resendWebhookSecret?: string;
  stripeWebhookSecret?: string;
}


export interface ApiDeps {
  service: FollowUpService;
  paymentWebhooks: PaymentWebhookInbox;
  twilioEvents: TwilioEvents;
  resendEvents: ResendEvents;
  stripeEvents: StripeEvents;
  providers: ProviderWebhookConfig;
  database: Database;
  client: Client;
  calls: TemporalCalls;
  temporal: { address: string; namespace: string };
  apiKey: string;
  webhookSecret: string;
  maxMessages: number;
  /** SMS budget a template must fit when a sequence is saved (REMIT_SMS_MAX_SEGMENTS). */
  maxSmsSegments: number;
  consents: ConsentService;
  preview: SequencePreview;
  /** The self-service invoice page behind every message's payment link (/i/<token>). */
  invoicePage: InvoicePage;
  logger: Logger;
  version?: string;
}

