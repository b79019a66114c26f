/** One HTTP request, timed: wall-clock send/arrival (Date.now()) and duration (performance.now()). */
export interface HttpResult {
  status: number;
  body: any;
  t0: number;
  t1: number;
  ms: number;
}

export async function timedFetch(url: string, init: RequestInit): Promise<HttpResult> {
  const t0 = Date.now();
  const p0 = performance.now();
  const res = await fetch(url, init);
  const text = await res.text();
  const ms = performance.now() - p0;
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body, t0, t1: Date.now(), ms };
}
