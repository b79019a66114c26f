// Preloaded (--require) into the idle scenario's worker process, so it runs in every thread,
// including the SDK's workflow thread, whose V8 heap process.memoryUsage() does not report.
// On a 'gc' message on the channel each thread collects garbage and answers, so the memory
// measured is what is live. Without it, RSS moved by ±40 MB between measurements as the
// workflow thread's garbage (every evicted follow-up's) came and went, whatever the number
// of open follow-ups.
//
// The main thread's copy runs first (before any other thread exists) and keeps, in
// globalThis.benchThreads, the id of every thread that loaded this preload, so that a
// measurement can wait for each of them.
const { BroadcastChannel, isMainThread, threadId } = require('node:worker_threads');

if (typeof globalThis.gc === 'function') {
  const channel = new BroadcastChannel('remit-bench-gc');
  channel.unref();
  const threads = new Set([threadId]);
  if (isMainThread) globalThis.benchThreads = threads;
  channel.onmessage = (event) => {
    const data = event.data || {};
    if (data.type === 'hello' && isMainThread) threads.add(data.threadId);
    if (data.type === 'gc') {
      globalThis.gc();
      globalThis.gc();
      channel.postMessage({ type: 'gc-done', threadId });
    }
  };
  if (!isMainThread) channel.postMessage({ type: 'hello', threadId });
}
