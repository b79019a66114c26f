// The signed token of an invoice's self-service page (`/i/<token>`): which invoice, which
// message linked it (when one did) and until when it works. Binary and short, because it
// rides in every SMS: base64url of version, invoice id, expiry, message id, then a 128-bit
// HMAC-SHA256 tag over all of it (71 characters with a message, 50 without).
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface InvoicePageClaim {
  invoiceId: string;
  messageId?: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

/** Why a token does not open the page: cut off or not ours, altered, or too old. */
export type InvoicePageTokenProblem = 'malformed' | 'tampered' | 'expired';

const VERSION = 1;
const TAG_BYTES = 16;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

const tag = (key: Buffer, payload: Buffer) => createHmac('sha256', key).update(payload).digest().subarray(0, TAG_BYTES);
const uuidBytes = (id: string) => Buffer.from(id.replaceAll('-', ''), 'hex');
const uuidText = (b: Buffer) => b.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

export function invoicePageToken(key: Buffer, claim: InvoicePageClaim): string {
  for (const id of [claim.invoiceId, claim.messageId]) if (id !== undefined && !UUID.test(id)) throw new RangeError(`not a uuid: ${id}`);
  if (!Number.isInteger(claim.expiresAt) || claim.expiresAt < 0 || claim.expiresAt > 0xffffffff) throw new RangeError(`not an expiry: ${claim.expiresAt}`);
  const expiry = Buffer.alloc(4);
  expiry.writeUInt32BE(claim.expiresAt);
  const payload = Buffer.concat([Buffer.from([VERSION]), uuidBytes(claim.invoiceId), expiry, ...(claim.messageId ? [uuidBytes(claim.messageId)] : [])]);
  return Buffer.concat([payload, tag(key, payload)]).toString('base64url');
}

/** The claim of a token that is ours, unaltered and unexpired at `now`; otherwise why not. */
export function readInvoicePageToken(key: Buffer, token: string, now: Date): { claim: InvoicePageClaim } | { problem: InvoicePageTokenProblem } {
  if (!BASE64URL.test(token)) return { problem: 'malformed' };
  const bytes = Buffer.from(token, 'base64url');
  // Exactly the two shapes we issue; anything else (a truncated link) is not ours to judge.
  if ((bytes.length !== 21 + TAG_BYTES && bytes.length !== 37 + TAG_BYTES) || bytes.toString('base64url') !== token) return { problem: 'malformed' };
  const payload = bytes.subarray(0, bytes.length - TAG_BYTES);
  if (!timingSafeEqual(bytes.subarray(payload.length), tag(key, payload))) return { problem: 'tampered' };
  if (payload[0] !== VERSION) return { problem: 'malformed' };
  const claim: InvoicePageClaim = {
    invoiceId: uuidText(payload.subarray(1, 17)),
    expiresAt: payload.readUInt32BE(17),
    ...(payload.length === 37 ? { messageId: uuidText(payload.subarray(21, 37)) } : {}),
  };
  if (now.getTime() >= claim.expiresAt * 1000) return { problem: 'expired' };
  return { claim };
}
