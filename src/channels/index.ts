// Which adapter each channel uses: a provider when its credentials are configured, else
// the `log` adapter (said once per channel at start-up). A configured provider that fails
// is an error, never a silent fallback to `log`.
import type { Config } from '../config';
import type { Logger } from '../logger';
import { createLogAdapter } from './log';
import { createResendAdapter } from './resend';
import { createTwilioAdapters } from './twilio';
import type { ChannelAdapters } from './types';

export function statusCallbackUrl(config: Config): string | undefined {
  return config.REMIT_PUBLIC_URL ? new URL('/v1/webhooks/twilio/status', config.REMIT_PUBLIC_URL).toString() : undefined;
}

export function createChannels(config: Config, logger: Logger): ChannelAdapters {
  const log = createLogAdapter(logger);
  const adapters: ChannelAdapters = { email: log, sms: log, whatsapp: log };
  if (config.RESEND_API_KEY) {
    adapters.email = createResendAdapter({
      apiKey: config.RESEND_API_KEY,
      from: config.REMIT_EMAIL_FROM!,
      timeoutMs: config.REMIT_PROVIDER_TIMEOUT_MS,
      ...(config.REMIT_EMAIL_REPLY_TO ? { replyTo: config.REMIT_EMAIL_REPLY_TO } : {}),
      ...(config.RESEND_BASE_URL ? { baseUrl: config.RESEND_BASE_URL } : {}),
    });
  } else {
    logger.info('email: no RESEND_API_KEY, messages go to the log channel');
  }
  if (config.TWILIO_ACCOUNT_SID && config.TWILIO_AUTH_TOKEN) {
    const callback = statusCallbackUrl(config);
    const twilio = createTwilioAdapters({
      accountSid: config.TWILIO_ACCOUNT_SID,
      authToken: config.TWILIO_AUTH_TOKEN,
      maxSmsSegments: config.REMIT_SMS_MAX_SEGMENTS,
      timeoutMs: config.REMIT_PROVIDER_TIMEOUT_MS,
      ...(config.TWILIO_MESSAGING_SERVICE_SID ? { messagingServiceSid: config.TWILIO_MESSAGING_SERVICE_SID } : {}),
      ...(config.TWILIO_FROM ? { from: config.TWILIO_FROM } : {}),
      ...(config.TWILIO_WHATSAPP_FROM ? { whatsappFrom: config.TWILIO_WHATSAPP_FROM } : {}),
      ...(config.TWILIO_WHATSAPP_CONTENT_SID ? { whatsappContentSid: config.TWILIO_WHATSAPP_CONTENT_SID } : {}),
      ...(callback ? { statusCallbackUrl: callback } : {}),
      ...(config.TWILIO_API_BASE_URL ? { apiBaseUrl: config.TWILIO_API_BASE_URL } : {}),
    });
    adapters.sms = twilio.sms;
    if (config.TWILIO_WHATSAPP_FROM) adapters.whatsapp = twilio.whatsapp;
    else logger.info('whatsapp: no TWILIO_WHATSAPP_FROM, messages go to the log channel');
    if (!callback) logger.warn('sms: REMIT_PUBLIC_URL is not set, so Twilio cannot report delivery status');
  } else {
    logger.info('sms, whatsapp: no TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN, messages go to the log channel');
  }
  return adapters;
}
