// Whether a channel may be used to reach a customer at an address: opt-outs, consent and
// providers' refusals. Pure: the send activity and the preview gather the facts, this decides.
import type { Channel } from './channel';

export type PermissionRule = 'opted_out' | 'no_consent' | 'channel_unusable';

export interface Refusal {
  rule: PermissionRule;
  reason: string;
}

export interface PermissionFacts {
  channel: Channel;
  address: string;
  /** Channels that need a recorded consent (configuration). */
  consentRequired: readonly Channel[];
  emailIsWorkplace: boolean;
  /** Consents recorded for this customer: channel, address and when. */
  consents: readonly { channel: string; address: string; consentedAt: Date; source: string }[];
  /** Opt-outs of this address on this channel (any source). */
  optOut?: { reason: string; source: string; createdAt: Date } | undefined;
  /** The channel failed for good for this customer (invalid number, bounced address). */
  block?: { reason: string; code: string | null } | undefined;
}

/** Email addresses compare without case; phone numbers exactly. */
export const sameAddress = (channel: Channel, a: string, b: string) => (channel === 'email' ? a.toLowerCase() === b.toLowerCase() : a === b);

/** The latest consent for this channel and address, if any. */
export function consentFor(f: Pick<PermissionFacts, 'channel' | 'address' | 'consents'>) {
  return f.consents
    .filter((c) => c.channel === f.channel && sameAddress(f.channel, c.address, f.address))
    .sort((a, b) => b.consentedAt.getTime() - a.consentedAt.getTime())[0];
}

/** Why the channel may not be used, or undefined when it may. An opt-out wins over everything. */
export function refusal(f: PermissionFacts): Refusal | undefined {
  if (f.optOut) return { rule: 'opted_out', reason: `opted out (${f.optOut.reason}, via ${f.optOut.source})` };
  if (f.block) return { rule: 'channel_unusable', reason: `unusable: ${f.block.reason}${f.block.code ? ` (${f.block.code})` : ''}` };
  const consent = consentFor(f);
  if (!consent && f.consentRequired.includes(f.channel)) return { rule: 'no_consent', reason: `no consent recorded for ${f.channel} to ${f.address}` };
  if (!consent && f.channel === 'email' && f.emailIsWorkplace) return { rule: 'no_consent', reason: `workplace address ${f.address} without a recorded consent` };
  return undefined;
}

/** The rule behind a refusal reason produced above (routing keeps reasons as text). */
export function ruleOf(reason: string): PermissionRule {
  if (reason.startsWith('opted out')) return 'opted_out';
  if (reason.startsWith('no consent') || reason.startsWith('workplace address')) return 'no_consent';
  return 'channel_unusable';
}
