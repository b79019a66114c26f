// Signs webhook requests the way each provider does, written from the providers' documented schemes
// with node:crypto only (no SDK), so tests show the verifiers accept the real thing.
import { createHmac, randomBytes } from 'node:crypto';

export const nowSeconds = () => Math.floor(Date.now() / 1000);

// Twilio: base64(HMAC-SHA1(auth token, URL + each POST key followed by its value, keys sorted)).
// A repeated key contributes each of its values, sorted.
export function twilioSignature(authToken: string, url: string, params: Record<string, string | string[]>): string {
  let data = url;
  for (const key of Object.keys(params).sort()) {
    const value = params[key]!;
    for (const v of Array.isArray(value) ? [...value].sort() : [value]) data += key + v;
  }
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

// Svix (Resend): "v1," + base64(HMAC-SHA256(base64-decoded secret after "whsec_", "<id>.<timestamp>.<body>")).
export function newSvixSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

export function svixSignature(secret: string, id: string, timestamp: number | string, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64')}`;
}

/** The three svix-* header values; several secrets give several space-separated signatures. */
export function svixHeaders(
  secrets: string | string[],
  body: string,
  opts: { id?: string; timestamp?: number } = {},
): { id: string; timestamp: string; signature: string } {
  const id = opts.id ?? `msg_${randomBytes(12).toString('hex')}`;
  const timestamp = String(opts.timestamp ?? nowSeconds());
  const signature = [secrets]
    .flat()
    .map((s) => svixSignature(s, id, timestamp, body))
    .join(' ');
  return { id, timestamp, signature };
}

// Stripe: "t=<timestamp>,v1=<hex HMAC-SHA256(secret as UTF-8 text, "<t>.<body>")>"; the whole
// whsec_… string is the key (unlike Svix, it is not base64-decoded).
export function stripeSignature(secret: string, timestamp: number, body: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

export function stripeSignatureHeader(
  secrets: string | string[],
  body: string | Buffer,
  timestamp = nowSeconds(),
): string {
  const v1 = [secrets].flat().map((s) => `v1=${stripeSignature(s, timestamp, body)}`);
  return [`t=${timestamp}`, ...v1].join(',');
}
