// Shows how the reader reads one text, clause by clause: `tsx scripts/debug-intent.ts "text" [channel] [receivedAt] [timeZone]`
import { intentCorpus } from '../src/domain/intent/corpus';
import { trainReplyReader } from '../src/domain/intent/readReply';
import { ruleClause } from '../src/domain/intent/rules';
import { splitClauses } from '../src/domain/intent/sentences';
import { featuresOf } from '../src/domain/intent/classifier';

const [text = '', channel = 'sms', at = '2026-12-02T15:00:00.000Z', tz = 'America/New_York'] = process.argv.slice(2);
for (const c of splitClauses(text)) {
  const r = ruleClause(c.folded, c.text);
  console.log(JSON.stringify(c.text), r.hits.map((h) => `${h.rule}[${c.folded.slice(h.start, h.end)}]`), [...r.vetoes], Object.keys(featuresOf(c.folded)).join(' '));
}
const reader = await trainReplyReader(intentCorpus);
console.log(JSON.stringify(reader.read({ text, channel: channel as 'sms', receivedAt: new Date(at), timeZone: tz }), null, 1));
