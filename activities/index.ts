// Side effects of a follow-up. Created by a factory so the worker passes real dependencies
// and tests pass their own (a scratch database, a recording channel).
import type { ChannelAdapters } from '../src/channels/types';
import type { Db } from '../src/db';
import type { ComplianceSettings } from '../src/services/compliance';
import { viewUpsert } from '../src/services/followUpView';
import type { TaskSettings } from '../src/services/tasks';
import type { AnswerActivities } from '../workflows/customerAnswerDefinitions';
import type { Activities, TaskTimerActivities } from '../workflows/definitions';
import { sendAnswerActivity } from './sendAnswer';
import { sendMessageActivity } from './sendMessage';
import { syncInvoiceActivity } from './syncInvoice';
import { taskTimerActivities } from './taskTimer';

export { idempotencyKey } from './sendMessage';

export interface ActivityDeps {
  db: Db;
  channels: ChannelAdapters;
  defaultTimezone: string;
  defaultLocale: string;
  compliance: ComplianceSettings;
  tasks: TaskSettings;
  now?: () => Date;
}

export function createActivities(deps: ActivityDeps): Activities & TaskTimerActivities & AnswerActivities {
  const resolved = { ...deps, now: deps.now ?? (() => new Date()) };
  return {
    syncInvoice: syncInvoiceActivity(resolved),
    /** Stores the follow-up's view where GET /v1/invoices/:id reads it. */
    async publishView(input) {
      await deps.db.$executeRaw(viewUpsert(input.invoiceId, input.view));
    },
    sendMessage: sendMessageActivity(resolved),
    /** A person's answer to a customer (the customerAnswer workflow). */
    sendAnswer: sendAnswerActivity(resolved),
    ...taskTimerActivities(resolved),
  };
}
