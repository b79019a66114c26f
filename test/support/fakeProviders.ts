// A Remit whose real Resend and Twilio adapters talk to loopback fakes, and the provider
// webhooks signed the way Resend (Svix) and Twilio sign them.
import { startFakeResend, type FakeResend } from './fakeResend';
import { startFakeTwilio, type FakeTwilio } from './fakeTwilio';
import { freePort } from './net';
import { newSvixSecret, svixHeaders, twilioSignature } from './providerSignatures';
import { startTestRemit, type ApiResponse, type TestRemit } from './remit';

export interface RemitWithProviders {
  t: TestRemit;
  resend: FakeResend;
  twilio: FakeTwilio;
  /** The URL Twilio signs (REMIT_PUBLIC_URL). */
  publicUrl: string;
  resendPost(event: unknown, opts?: { timestamp?: number; id?: string }): Promise<ApiResponse>;
  twilioPost(path: string, params: Record<string, string>, opts?: { badSignature?: boolean }): Promise<{ status: number; text: string; type: string | null }>;
  stop(): Promise<void>;
}

export async function startRemitWithProviders(env: Record<string, string> = {}): Promise<RemitWithProviders> {
  const [resend, twilio] = await Promise.all([startFakeResend(), startFakeTwilio()]);
  const svixSecret = newSvixSecret();
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const t = await startTestRemit({
    configuredChannels: true,
    env: {
      PORT: String(port),
      REMIT_PUBLIC_URL: publicUrl,
      RESEND_API_KEY: resend.apiKey,
      RESEND_BASE_URL: resend.url,
      RESEND_WEBHOOK_SECRET: svixSecret,
      REMIT_EMAIL_FROM: 'Acme Billing <billing@acme.test>',
      REMIT_SENDER_POSTAL_ADDRESS: 'Acme Ltd, 1 Market Street, Springfield',
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_FROM: '+15005550006',
      TWILIO_API_BASE_URL: twilio.url,
      ...env,
    },
  });
  return {
    t,
    resend,
    twilio,
    publicUrl,
    resendPost(event, opts = {}) {
      const body = JSON.stringify(event);
      const h = svixHeaders(svixSecret, body, opts);
      return t.api.request('POST', '/v1/webhooks/resend', body, { 'svix-id': h.id, 'svix-timestamp': h.timestamp, 'svix-signature': h.signature });
    },
    async twilioPost(path, params, opts = {}) {
      const signature = twilioSignature(opts.badSignature ? 'wrong-token' : twilio.authToken, publicUrl + path, params);
      const res = await fetch(t.url + path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
        body: new URLSearchParams(params).toString(),
      });
      return { status: res.status, text: await res.text(), type: res.headers.get('content-type') };
    },
    async stop() {
      await t.stop();
      await Promise.all([resend.close(), twilio.close()]);
    },
  };
}
