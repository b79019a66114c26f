// A change to an invoice is one transaction with the invoice row locked (a send in flight for
// it finishes first) that also writes the command telling its follow-up what committed (the
// outbox). The command is delivered after the commit; the reconciler finishes it if Temporal is away.
import type { Db } from '../db';
import { invoiceChange } from '../domain/invoiceState';
import type { Invoice } from '../generated/prisma/client';
import type { FollowUpInput } from '../../workflows/definitions';
import type { CommandPayload, FollowUpDispatcher, PendingCommand } from './dispatcher';
import { isTransactionConflict, notFound } from './errors';
import { invoiceByRef, money, type Delivery, type Tx } from './invoiceStore';

/** A deadlock needs two transactions; three attempts outlast any pair of them. */
const CHANGE_ATTEMPTS = 3;

export class InvoiceChanges {
  constructor(
    private readonly db: Db,
    private readonly dispatcher: FollowUpDispatcher,
  ) {}

  /**
   * Runs `change` with the invoice locked, then delivers the commands it wrote. A send holds the
   * customer's row, then the invoice's; a change holds the invoice's and may then need the
   * customer's (a task's foreign key), so the two can deadlock. PostgreSQL then rolls one back
   * whole: a change it rolled back runs again (`change` touches only the transaction).
   */
  async change(ref: string, change: (tx: Tx, inv: Invoice) => Promise<Invoice>) {
    return this.result(await this.committed(ref, change));
  }

  private async committed(ref: string, change: (tx: Tx, inv: Invoice) => Promise<Invoice>): Promise<Invoice> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.$transaction(async (tx) => {
          const found = await invoiceByRef(tx, ref, true);
          if (!found) throw notFound('invoice', ref);
          return change(tx, found);
        });
      } catch (err) {
        if (attempt >= CHANGE_ATTEMPTS || !isTransactionConflict(err)) throw err;
      }
    }
  }

  async result(inv: Invoice) {
    return { invoiceId: inv.id, status: inv.status, amountDue: money(inv.amountDue, inv.currency), delivery: await this.deliver(inv.id) };
  }

  /** Delivers the invoice's pending commands now (in order). */
  async deliver(invoiceId: string, commands?: PendingCommand[]): Promise<Delivery> {
    return (await this.dispatcher.deliverInvoice(invoiceId, commands)) ? 'delivered' : 'pending';
  }
}

/**
 * Tells the invoice's follow-up what was just committed (the database owns its money, status
 * and pause): the command goes out after the commit. Returns the row, for chaining.
 */
export async function tellFollowUp(tx: Tx, committed: Invoice, reason?: string, reopenWith?: FollowUpInput): Promise<Invoice> {
  await writeCommand(tx, committed.id, { kind: 'signal', signal: 'invoiceChanged', arg: invoiceChange(committed, reason), ...(reopenWith ? { reopenWith } : {}) });
  return committed;
}

export async function writeCommand(tx: Db | Tx, invoiceId: string, payload: CommandPayload): Promise<PendingCommand> {
  const [row] = await tx.$queryRaw<{ id: bigint }[]>`
    INSERT INTO "WorkflowCommand" ("invoiceId", kind, payload, "createdAt") VALUES (${invoiceId}::uuid, ${payload.kind}, ${JSON.stringify(payload)}::jsonb, ${new Date()}) RETURNING id`;
  return { id: row!.id, payload };
}
