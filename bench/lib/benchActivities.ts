// Activities of the bench worker (baselines only): a no-op, and one that records when it ran.
export interface BenchTouch {
  id: string;
  dueAt: number;
  at: number;
}

export function createBenchActivities(touches: BenchTouch[]) {
  return {
    async benchNoop(_id: string): Promise<void> {},
    async benchRecord(id: string, dueAt: number): Promise<void> {
      touches.push({ id, dueAt, at: Date.now() });
    },
  };
}

export type BenchActivities = ReturnType<typeof createBenchActivities>;
