// Consent to be messaged, opt-outs and one-click unsubscribe links: who may be messaged
// where. The rules that decide with these facts are pure (src/domain/consent.ts); the
// readers every send and the preview use are in ./compliance.ts.
import type { Db } from '../db';
import { addressFor } from '../domain/routing';
import type { Channel } from '../domain/channel';
import type { ConsentInput, OptOutInput } from './inputs';
import { readUnsubscribeToken, type ComplianceSettings } from './compliance';
import { RemitError, unprocessable } from './errors';
import { findCustomer } from './invoiceStore';
import { recordConsent } from './recordConsent';
import { recordOptOut } from './recordOptOut';

export interface ConsentServiceOptions {
  db: Db;
  settings: ComplianceSettings;
}

export class ConsentService {
  constructor(private readonly o: ConsentServiceOptions) {}

  async addConsent(customerRef: string, c: ConsentInput) {
    return this.o.db.$transaction(async (tx) => recordConsent(tx, await findCustomer(tx, customerRef), c, 'api'));
  }

  async addOptOut(customerRef: string, input: OptOutInput) {
    const customer = await findCustomer(this.o.db, customerRef);
    const address = input.address ?? addressFor(input.channel, customer);
    if (!address) throw unprocessable('validation_failed', `the customer has no ${input.channel === 'email' ? 'email' : 'phone'}; give an address`, { field: 'address' });
    return this.optOut(input.channel, address, input.reason ?? 'requested through the API', 'api');
  }

  /** RFC 8058 one-click unsubscribe (POST) from an email's link; no login. */
  async unsubscribe(token: string) {
    const claim = readUnsubscribeToken(this.o.settings.unsubscribeKey, token);
    if (!claim) throw new RemitError(400, 'invalid_unsubscribe_link', 'This unsubscribe link is not valid (it may have been cut off or altered)');
    return this.optOut('email', claim.address, 'one-click unsubscribe', 'unsubscribe_link');
  }

  /** Who a link unsubscribes, for the confirmation page (GET never changes anything). */
  readLink(token: string) {
    const claim = readUnsubscribeToken(this.o.settings.unsubscribeKey, token);
    if (!claim) throw new RemitError(400, 'invalid_unsubscribe_link', 'This unsubscribe link is not valid (it may have been cut off or altered)');
    return claim;
  }

  private async optOut(channel: Channel, address: string, reason: string, source: string) {
    const [row] = await recordOptOut(this.o.db, [channel], address, reason, source);
    return { channel, address, reason: row!.reason, source: row!.source, since: row!.createdAt.toISOString() };
  }
}
