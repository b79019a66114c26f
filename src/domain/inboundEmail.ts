// What a customer wrote in an email, without the history their client quoted below it or the
// signature: the reader must not find our own reminder's words ("due", "pay here") in a reply.
// email-reply-parser does the work (quote headers, ">" lines, "--" signatures, "Sent from my
// iPhone"); the cut-offs below are what it misses, seen in tests: Outlook's "Original Message"
// and "From:/Sent:" blocks, and the Spanish, French and German "… wrote:" lines.
import EmailReplyParser from 'email-reply-parser';

const QUOTE_STARTS = [
  /^-{2,}\s*(?:Original Message|Mensaje original|Message d'origine|Ursprüngliche Nachricht)\s*-{2,}\s*$/im,
  /^_{10,}\s*$/m, // Outlook's rule above the quoted "From:" block
  /^From:\s.+\n(?:.*\n){0,3}?(?:Sent|Date):\s/im,
  /^(?:De|Von)\s*:\s.+\n(?:.*\n){0,3}?(?:Envoyé|Enviado|Gesendet|Date|Fecha)\s*:\s/im,
  /^(?:El|Le|Am)\s.{6,160}(?:escribió|a écrit|schrieb)\s*:?\s*$/im,
];

/** The reply's own text. Never empty when the email had words: then the whole text is kept. */
export function visibleReply(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n');
  let cut = normalized;
  for (const start of QUOTE_STARTS) {
    const m = start.exec(cut);
    if (m) cut = cut.slice(0, m.index);
  }
  const parsed = new EmailReplyParser().parseReply(cut).trim();
  return parsed || cut.trim() || normalized.trim();
}
