// Side effects of a follow-up. Created by a factory so the worker passes real dependencies
// and tests pass their own (a scratch database, a recording channel).
import type { ChannelAdapters } from '../src/channels/types';
import type { Db } from '../src/db';
import type { ComplianceSettings } from '../src/services/compliance';
import { viewUpsert } from '../src/services/followUpView';
import type { Activities } from '../workflows/definitions';
import { sendMessageActivity } from './sendMessage';
import { syncInvoiceActivity } from './syncInvoice';

export { idempotencyKey } from './sendMessage';

export interface ActivityDeps {
  db: Db;
  channels: ChannelAdapters;
  defaultTimezone: string;
  defaultLocale: string;
  compliance: ComplianceSettings;
  now?: () => Date;
}

export function createActivities(deps: ActivityDeps): Activities {
  const resolved = { ...deps, now: deps.now ?? (() => new Date()) };
  return {
    syncInvoice: syncInvoiceActivity(resolved),
    /** Stores the follow-up's view where GET /v1/invoices/:id reads it. */
    async publishView(input) {
      await deps.db.$executeRaw(viewUpsert(input.invoiceId, input.view));
    },
    sendMessage: sendMessageActivity(resolved),
  };
}
