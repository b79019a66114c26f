// Shared by the tests and the bench.
/**
 * The compliance rules, turned off: most tests are about something else and run at any hour
 * with messages seconds apart. Tests of a rule turn it back on through `env`.
 */
export const RULES_OFF: Record<string, string> = {
  REMIT_SEND_WINDOW: '00:00-24:00',
  REMIT_SEND_WINDOW_SPREAD: 'PT0S',
  REMIT_CONSENT_REQUIRED: 'none',
  REMIT_FREQUENCY_CAP: '1000',
  REMIT_MIN_GAP: 'PT0S',
  REMIT_CONSOLIDATION_WINDOW: 'off',
};
