// Sequences: ordered steps, each an offset from the due date, a channel and a template.
import { parseOffset } from './duration';
import type { TemplateRef } from './templates';

export const CHANNELS = ['email', 'sms', 'whatsapp'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A step's channel: a fixed one, or `auto` (the channel this customer responds on). */
export const STEP_CHANNELS = [...CHANNELS, 'auto'] as const;
export type StepChannel = (typeof STEP_CHANNELS)[number];

export interface SequenceStep {
  offset: string;
  channel: StepChannel;
  template: TemplateRef;
}

export const DEFAULT_SEQUENCE_NAME = 'default';

export const DEFAULT_SEQUENCE: readonly SequenceStep[] = [
  { offset: '-P1D', channel: 'email', template: 'pre_due_reminder' },
  { offset: 'PT0S', channel: 'email', template: 'due_date_notice' },
  { offset: 'P3D', channel: 'email', template: 'follow_up' },
  { offset: 'P7D', channel: 'email', template: 'escalation_notice' },
  { offset: 'P14D', channel: 'email', template: 'final_notice' },
];

/** A rough ordering key (a day taken as 24 h) to check that steps are in order. */
export function offsetOrderKey(offset: string): number {
  const o = parseOffset(offset);
  if (!o) return NaN;
  return o.sign * (o.days * 86_400_000 + o.ms);
}
