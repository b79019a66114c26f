// The workflow bundle's entry point: only deterministic workflow code is reachable from here.
export { invoiceFollowUp } from './invoiceFollowUp';
export { customerAnswer } from './customerAnswer';
export { taskTimer } from './taskTimer';
