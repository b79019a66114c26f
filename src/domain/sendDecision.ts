// Whether one touchpoint goes now, later or not at all: the one judgement every send makes,
// in its order (the invoice, the address, the customer's permission, then the clock). Pure:
// the send activity passes what it read under the customer's lock, the preview what it
// simulates, so the preview cannot judge a message differently from the send.
import { ruleOf, type PermissionRule } from './consent';
import { sendBlock, type SendBlock } from './invoiceState';
import { sendTime, type DeferRule, type SendTimeFacts } from './sendRules';

export type NotSentReason = SendBlock | 'no_recipient' | PermissionRule | 'no_common_window';

export interface SendFacts {
  invoice: { status: string; pausedUntil?: Date | null };
  /** The customer's address on the channel, if they have one. */
  to: string | undefined;
  /** Why the channel may not be used for this customer now (an opt-out, no consent, a block). */
  refusal: string | undefined;
  /** Quiet hours, the frequency cap and the gap, with the customer's recent sends. */
  timing: SendTimeFacts;
}

export type SendJudgement =
  /** Paused: nothing is kept, the touchpoint may still go after a resume. */
  | { decision: 'hold'; reason: 'invoice_paused' }
  | { decision: 'suppress'; reason: NotSentReason; why?: string }
  | { decision: 'defer'; at: number; rules: DeferRule[]; reason: string }
  | { decision: 'send'; to: string };

export function judgeSend(f: SendFacts, at: number): SendJudgement {
  const block = sendBlock(f.invoice, new Date(at));
  if (block === 'invoice_paused') return { decision: 'hold', reason: block };
  if (block) return { decision: 'suppress', reason: block };
  if (!f.to) return { decision: 'suppress', reason: 'no_recipient' };
  if (f.refusal) return { decision: 'suppress', reason: ruleOf(f.refusal), why: f.refusal };
  const when = sendTime(at, f.timing);
  if (when.decision === 'suppress') return { decision: 'suppress', reason: when.rule, why: when.reason };
  if (when.decision === 'defer') return { decision: 'defer', at: when.at, rules: when.rules, reason: when.reason };
  return { decision: 'send', to: f.to };
}
