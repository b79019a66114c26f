// Sequences: ordered steps, each an offset from the due date, a channel and a template.
import type { StepChannel } from './channel';
import type { TemplateRef } from './templates';

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
