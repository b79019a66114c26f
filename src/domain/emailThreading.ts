// Email threading without a lookup table: the Message-ID of every email Remit sends carries
// the id of its outbox row, so a reply's In-Reply-To or References names the message it answers.

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const OURS = new RegExp(`<remit-(${UUID})@[^>\\s]+>`, 'gi');

/** The Message-ID header for an outbox message sent from `from` ("Acme <billing@acme.com>" or the bare address). */
export function outboundMessageId(messageId: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from.trim())?.[1] ?? 'remit.invalid';
  return `<remit-${messageId}@${domain.toLowerCase()}>`;
}

/** Our messages a reply answers, newest reference first (In-Reply-To, then References from the end). */
export function answeredMessageIds(headers: Record<string, string> | undefined): string[] {
  if (!headers) return [];
  const get = (name: string) => Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1] ?? '';
  const ids = [get('in-reply-to'), ...get('references').split(/\s+/).reverse()].flatMap((h) => [...h.matchAll(OURS)].map((m) => m[1]!.toLowerCase()));
  return [...new Set(ids)];
}
