// Which channel a touchpoint goes out on. Pure: the activity that re-reads the invoice
// gathers the facts, this decides, and the decision (with its reason) is recorded.
import type { Channel } from './channel';

export type RequestedChannel = Channel | 'auto';

export interface RoutingFacts {
  requested: RequestedChannel;
  /** The sequence's channel for `auto` when the customer has no history. */
  sequenceDefault: Channel;
  contact: { email?: string | null; phone?: string | null };
  /** Channels opted out (for this customer's address) or marked unusable, with why. */
  unusable: Partial<Record<Channel, string>>;
  /** The channel this customer last answered or paid after, across invoices. */
  respondedOn?: Channel;
  /** The last email of this follow-up went unopened for the pivot window. */
  emailUnopened?: boolean;
}

export type Route = { channel: Channel; to: string; reason: string } | { channel: null; reason: string };

/** Fallback order when a channel cannot be used. */
const FALLBACK: readonly Channel[] = ['email', 'sms', 'whatsapp'];

/**
 * Every channel a step may go out on: its own (any, for `auto`) first, then the others, since
 * a channel that cannot be used falls back along FALLBACK and an unopened email pivots to SMS.
 * Its template must make a valid message on each (checked when the sequence is saved).
 */
export function possibleChannels(requested: RequestedChannel): Channel[] {
  return requested === 'auto' ? [...FALLBACK] : [requested, ...FALLBACK.filter((c) => c !== requested)];
}

/** Where a channel reaches a contact: the email address, or the phone number for SMS and WhatsApp. */
export function addressFor(channel: Channel, contact: { email?: string | null; phone?: string | null }): string | undefined {
  return (channel === 'email' ? contact.email : contact.phone) ?? undefined;
}

function address(channel: Channel, f: RoutingFacts): string | undefined {
  return addressFor(channel, f.contact);
}

/** Why `channel` cannot be used, or undefined when it can. */
export function blockedBecause(channel: Channel, f: RoutingFacts): string | undefined {
  if (!address(channel, f)) return channel === 'email' ? 'no email address' : 'no phone number';
  return f.unusable[channel];
}

export function chooseRoute(f: RoutingFacts): Route {
  let wanted: Channel;
  let reason: string;
  if (f.requested === 'auto') {
    wanted = f.respondedOn ?? f.sequenceDefault;
    reason = f.respondedOn ? `auto: customer last responded on ${f.respondedOn}` : `auto: no history, sequence default ${f.sequenceDefault}`;
  } else {
    wanted = f.requested;
    reason = 'step channel';
  }
  if (wanted === 'email' && f.emailUnopened && !blockedBecause('sms', f)) {
    return { channel: 'sms', to: address('sms', f)!, reason: 'pivot: previous email not opened' };
  }
  const why = blockedBecause(wanted, f);
  if (!why) return { channel: wanted, to: address(wanted, f)!, reason };
  for (const alt of FALLBACK) {
    if (alt !== wanted && !blockedBecause(alt, f)) return { channel: alt, to: address(alt, f)!, reason: `pivot: ${wanted} unusable (${why})` };
  }
  return { channel: null, reason: `no usable channel (${wanted}: ${why})` };
}
