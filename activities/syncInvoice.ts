// The CRM sync step of a follow-up: what the workflow decided goes back to the system of
// record, and the invoice (with the route for the next touchpoint, when asked) comes back.
import { activityInfo } from '@temporalio/activity';
import type { Db } from '../src/db';
import { pauseColumns, sendBlock } from '../src/domain/invoiceState';
import { chooseRoute } from '../src/domain/routing';
import { refusedChannels, type ComplianceSettings } from '../src/services/compliance';
import { viewUpsert } from '../src/services/followUpView';
import { handOver } from '../src/services/escalation';
import { breakLapsedPromises } from '../src/services/promises';
import type { TaskSettings } from '../src/services/tasks';
import { eventInsert, recordEvent } from '../src/services/timeline';
import type { Activities, InvoiceSnapshot } from '../workflows/definitions';
import { invoiceWithCustomer, respondedOn } from './invoiceReads';

export interface SyncDeps {
  db: Db;
  compliance: ComplianceSettings;
  tasks: TaskSettings;
  now: () => Date;
}

export function syncInvoiceActivity({ db, compliance, tasks, now }: SyncDeps): Activities['syncInvoice'] {
  /**
   * Writes back what the workflow decided, then reads the invoice fresh from the system of
   * record, and (when asked) picks the channel for the next touchpoint.
   */
  return async function syncInvoice(input) {
    const { invoiceId, report } = input;
    const key = reportKey();
    const writes = input.view ? [viewUpsert(invoiceId, input.view)] : [];
    if (report?.invoiceStatus || report?.attention !== undefined) {
      await db.$transaction(async (tx) => {
        // The workflow decides a status only for an invoice still in its hands: a lapse reopens
        // a paused invoice, an attention pause stops an open one; never one paid or voided meanwhile.
        const from = report.invoiceStatus === 'open' ? ['paused'] : ['open', 'paused'];
        const { count } = await tx.invoice.updateMany({
          where: { id: invoiceId, status: { in: from } },
          data: {
            ...(report.invoiceStatus ? { status: report.invoiceStatus, ...(report.invoiceStatus === 'open' ? pauseColumns(undefined) : {}) } : {}),
            ...(report.invoiceStatus === 'paused' && report.attention
              ? pauseColumns({ kind: 'attention', actor: 'remit', reason: report.attention, since: now().toISOString() })
              : {}),
            ...(report.attention !== undefined ? { attentionReason: report.attention } : {}),
          },
        });
        if (count) await recordEvent(tx, invoiceId, report.event, 'workflow', report.detail ?? {}, key);
        // A promise's hold ran out unpaid: it is broken (the next message names it).
        if (count && report.event === 'pause_lapsed') await breakLapsedPromises(tx, invoiceId, now());
      });
    } else if (report?.event === 'sequence_finished') {
      // The last step went out unpaid: a person takes over, with a task.
      await db.$transaction(async (tx) => {
        await recordEvent(tx, invoiceId, report.event, 'workflow', report.detail ?? {}, key);
        await handOver(tx, tasks, invoiceId, now());
      });
    } else if (report) {
      // Only an event to record: in the same statement as the read, no transaction around it.
      writes.push(eventInsert(invoiceId, report.event, 'workflow', report.detail ?? {}, key));
    }
    const invoice = await invoiceWithCustomer(db, invoiceId, writes);
    const status = sendBlock(invoice, now()) === undefined && invoice.status === 'paused' ? 'open' : invoice.status;
    const snapshot: InvoiceSnapshot = { status };
    if (input.route) {
      const r = input.route;
      snapshot.route = chooseRoute({
        requested: r.requested,
        sequenceDefault: r.sequenceDefault,
        contact: { email: invoice.customer.email, phone: invoice.customer.phone },
        unusable: await refusedChannels(db, compliance, invoice.customer),
        ...(r.requested === 'auto' ? { respondedOn: await respondedOn(db, invoice.customerId) } : {}),
        emailUnopened: r.emailUnopened,
      });
    }
    return snapshot;
  };
}

/**
 * Names this run of the activity within its workflow run: a local activity that runs again
 * after a failed workflow task (a signal arrived meanwhile) keeps its activity id, so its
 * report is recorded once.
 */
function reportKey(): string | undefined {
  const { workflowExecution, activityId } = activityInfo();
  return workflowExecution ? `${workflowExecution.runId}:${activityId}` : undefined;
}
