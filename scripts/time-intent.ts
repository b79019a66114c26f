// Times the reply reader: training on the whole corpus (median of 7) and reading its messages (ms per message, median of 5).
import { performance } from 'node:perf_hooks';
import { intentCorpus } from '../src/domain/intent/corpus';
import { trainReplyReader } from '../src/domain/intent/readReply';
const t: number[] = []; let reader;
for (let i = 0; i < 7; i++) { const t0 = performance.now(); reader = await trainReplyReader(intentCorpus); t.push(performance.now() - t0); }
t.sort((a, b) => a - b);
const r: number[] = [];
for (let k = 0; k < 5; k++) { const t0 = performance.now(); for (const m of intentCorpus) reader!.read({ text: m.text, channel: m.channel, receivedAt: new Date(m.receivedAt), timeZone: m.timeZone, subject: m.subject, headers: m.headers }); r.push((performance.now() - t0) / intentCorpus.length); }
r.sort((a, b) => a - b);
console.log('train ms median', t[3]!.toFixed(0), 'min', t[0]!.toFixed(0), '| read ms/msg median', r[2]!.toFixed(2), 'min', r[0]!.toFixed(2), '| corpus', intentCorpus.length);
