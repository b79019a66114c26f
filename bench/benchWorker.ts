// The bench worker in its own process (stop-race baseline): runs the bench workflows on the
// task queue the parent names, so the baseline's workflow tasks do not wait on the event
// loop Remit's API, worker and database client share in the parent.
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { createBenchActivities, type BenchTouch } from './lib/benchActivities';

Runtime.install({ logger: new DefaultLogger('ERROR') });
const touches: BenchTouch[] = [];
const connection = await NativeConnection.connect({ address: process.env.BENCH_TEMPORAL_ADDRESS! });
const worker = await Worker.create({
  connection,
  namespace: 'default',
  taskQueue: process.env.BENCH_TASK_QUEUE!,
  workflowBundle: { codePath: process.env.BENCH_WORKFLOW_BUNDLE! },
  activities: createBenchActivities(touches),
});
const running = worker.run();
process.on('message', (m: { type: string }) => {
  if (m.type === 'stop') {
    worker.shutdown();
    void running.finally(() => connection.close().finally(() => process.exit(0)));
  }
});
process.send!({ type: 'ready' });
await running;
