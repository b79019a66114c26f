// An email's unsubscribe link: a confirmation page, and the one-click POST (RFC 8058).
import { z } from 'zod';
import { escapeHtml } from '../domain/templates';
import { route, type RouteSpec } from './routes';
import type { ApiDeps } from './deps';

export function unsubscribeRoutes(deps: ApiDeps): RouteSpec<z.ZodType | undefined>[] {
  return [
    route({
      method: 'get', path: '/u/:token', tag: 'unsubscribe', auth: 'none', summary: "An email's unsubscribe link: a confirmation page with a button (changes nothing)",
      responses: { 200: { description: 'Confirmation page', contentType: 'text/html', schema: z.string() }, 400: { description: 'Not a valid link' } },
      handler: async ({ params }) => {
        const claim = deps.consents.readLink(params.token!);
        return { status: 200, contentType: 'text/html', body: unsubscribePage(`Stop emails to ${claim.address}?`, 'You will get no more payment reminders by email at this address.', true) };
      },
    }),
    route({
      method: 'post', path: '/u/:token', tag: 'unsubscribe', auth: 'none', summary: 'One-click unsubscribe (RFC 8058): opts the address out of email at once, no login',
      docBody: { contentType: 'application/x-www-form-urlencoded', schema: z.object({ 'List-Unsubscribe': z.literal('One-Click').optional() }) },
      responses: { 200: { description: 'Unsubscribed (or already was)', contentType: 'text/html', schema: z.string() }, 400: { description: 'Not a valid link' } },
      handler: async ({ params }) => {
        const r = await deps.consents.unsubscribe(params.token!);
        return { status: 200, contentType: 'text/html', body: unsubscribePage('You are unsubscribed', `No more payment reminders will be emailed to ${r.address}.`, false) };
      },
    }),
  ];
}

function unsubscribePage(title: string, text: string, button: boolean): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>
<body style="font-family:sans-serif;max-width:32rem;margin:3rem auto"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>
${button ? '<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>' : ''}</body></html>\n`;
}
