// A consent to be messaged, as recorded by invoice creation and by the consents API alike.
import type { ConsentInput } from './inputs';
import { addressFor } from '../domain/routing';
import type { Prisma } from '../generated/prisma/client';
import { unprocessable } from './errors';
import { recordEvent } from './timeline';

type Tx = Prisma.TransactionClient;
type Customer = { id: string; email: string | null; phone: string | null };

/** Records a consent; one given after an opt-out of the same address lifts that opt-out. */
export async function recordConsent(tx: Tx, customer: Customer, c: ConsentInput, recordedBy: string) {
  const address = c.address ?? addressFor(c.channel, customer);
  if (!address) throw unprocessable('validation_failed', `consents: the customer has no ${c.channel === 'email' ? 'email' : 'phone'} to consent for`, { field: 'address' });
  const consentedAt = new Date(c.consentedAt);
  const same = await tx.consent.findFirst({ where: { customerId: customer.id, channel: c.channel, address, source: c.source, consentedAt } });
  const consent = same ?? (await tx.consent.create({ data: { customerId: customer.id, channel: c.channel, address, source: c.source, consentedAt } }));
  const lifted = await tx.optOut.deleteMany({
    where: { channel: c.channel, address: c.channel === 'email' ? { equals: address, mode: 'insensitive' } : address, createdAt: { lt: consentedAt } },
  });
  for (const inv of await tx.invoice.findMany({ where: { customerId: customer.id, status: { in: ['open', 'paused'] } }, select: { id: true } })) {
    await recordEvent(tx, inv.id, 'consent_recorded', recordedBy, { channel: c.channel, address, source: c.source, consentedAt: c.consentedAt, optOutLifted: lifted.count > 0 });
  }
  return { id: consent.id, channel: c.channel, address, source: c.source, consentedAt: consentedAt.toISOString(), optOutLifted: lifted.count > 0 };
}
