// The channels a message can go by; a step names one, or `auto`.
export const CHANNELS = ['email', 'sms', 'whatsapp'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A step's channel: a fixed one, or `auto` (the channel this customer responds on). */
export const STEP_CHANNELS = [...CHANNELS, 'auto'] as const;
export type StepChannel = (typeof STEP_CHANNELS)[number];
