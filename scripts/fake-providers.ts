// Starts the loopback Resend and Twilio fakes the tests use, so Remit can be tried with
// fake credentials and no network: run this, then start Remit with the variables it prints.
//   npx tsx scripts/fake-providers.ts
import { startFakeResend } from '../test/support/fakeResend';
import { startFakeTwilio } from '../test/support/fakeTwilio';

const resend = await startFakeResend();
const twilio = await startFakeTwilio();
console.log(`Fake Resend at ${resend.url}, fake Twilio at ${twilio.url}. Start Remit with:

RESEND_API_KEY=${resend.apiKey} RESEND_BASE_URL=${resend.url} REMIT_EMAIL_FROM="Acme Billing <billing@acme.test>" REMIT_SENDER_POSTAL_ADDRESS="Acme Ltd, 1 Market Street, Springfield" \\
TWILIO_ACCOUNT_SID=${twilio.accountSid} TWILIO_AUTH_TOKEN=${twilio.authToken} TWILIO_FROM=+15005550006 TWILIO_API_BASE_URL=${twilio.url} \\
npm start

Every email and SMS the fakes accept is printed here. Ctrl-C stops them.`);
let printed = { email: 0, sms: 0 };
setInterval(() => {
  for (const d of resend.received.slice(printed.email)) console.log(`[resend] to ${String(d.body.to)}: ${String(d.body.subject)} (key ${d.idempotencyKey})`);
  for (const d of twilio.received.slice(printed.sms)) console.log(`[twilio] to ${d.params.To}: ${d.params.Body}`);
  printed = { email: resend.received.length, sms: twilio.received.length };
}, 500);
process.on('SIGINT', () => void Promise.all([resend.close(), twilio.close()]).then(() => process.exit(0)));
