import type { CDPSession } from 'playwright-core';

/**
 * Main-thread time caused by the extension, from a Chromium trace of the page's load.
 *
 * Why a trace: the Long Animation Frames API does not list content scripts in `scripts` (checked on
 * Chromium 156: a 60 ms content-script evaluation showed up as a frame with `scripts: []`), and
 * `longtask` entries carry no attribution. The trace has both the renderer's top-level tasks
 * (`RunTask`) and V8 CPU-profile samples (`ProfileChunk`) on the same clock: a sample whose stack holds
 * a frame from `chrome-extension://<id>/` is extension time, including layout the extension forces
 * (it is sampled under the calling JS frame) and the content script's own evaluation (`EvaluateScript`
 * with the extension's URL, taken when longer than the sampled time, since compiling is not sampled).
 * Not counted: the page's next rendering update after our DOM changes (a separate task that also
 * carries the page's own work) and GC that happens to land during our code.
 */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: { data?: Record<string, unknown> };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number };
}

export interface ExtensionTasks {
  /** The longest extension time inside one main-thread task, in ms. */
  longestMs: number;
  /** Extension time in all main-thread tasks of the trace together, in ms. */
  totalMs: number;
  /** Main-thread tasks with any extension time in them. */
  tasks: number;
  /** The whole task that held it (extension and page work together), in ms. */
  taskMs: number;
  /** The extension functions sampled most inside that task: `name@line:col ms`. */
  hot: string[];
}

/** Starts tracing on a page's CDP session; call before navigating. Returns a function that stops it. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    // A stream read in large chunks is several times faster than ~20 MB of `dataCollected` events.
    transferMode: 'ReturnAsStream',
  });
  return async () => {
    const complete = new Promise<string | undefined>((resolve) =>
      cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream)),
    );
    await cdp.send('Tracing.end');
    const handle = await complete;
    if (handle === undefined) return [];
    const parts: string[] = [];
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle, size: 8 << 20 });
      parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data);
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle });
    const trace = JSON.parse(parts.join('')) as TraceEvent[] | { traceEvents: TraceEvent[] };
    return Array.isArray(trace) ? trace : trace.traceEvents;
  };
}

/** Finds the page's main thread by the content script's evaluation there; null when it never ran. */
export function extensionTasks(events: TraceEvent[], extOrigin: string): ExtensionTasks | null {
  const isExt = (url: unknown) => typeof url === 'string' && url.startsWith(extOrigin);
  const evaluations = events.filter((e) => e.name === 'EvaluateScript' && isExt(e.args?.data?.url));
  const first = evaluations[0];
  if (first === undefined) return null;
  const { pid, tid } = first;
  const samples = profileSamples(events, pid, tid);
  const extFrame = (id: number | undefined): ProfileNode | null => {
    for (
      let n = id === undefined ? undefined : samples.nodes.get(id);
      n;
      n = samples.nodes.get(n.parent ?? -1)
    ) {
      if (isExt(n.callFrame.url)) return n;
    }
    return null;
  };
  let best: ExtensionTasks = { longestMs: 0, totalMs: 0, tasks: 0, taskMs: 0, hot: [] };
  let totalMs = 0;
  let withExtension = 0;
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === pid && e.tid === tid);
  let k = 0;
  for (const task of tasks.sort((a, b) => a.ts - b.ts)) {
    const end = task.ts + (task.dur ?? 0);
    while (k < samples.times.length && (samples.times[k] as number) < task.ts) k++;
    let sampled = 0;
    const byFrame = new Map<string, number>();
    for (let j = k; j < samples.times.length && (samples.times[j] as number) <= end; j++) {
      const frame = extFrame(samples.ids[j]);
      if (frame === null) continue;
      const span = Math.min(samples.times[j + 1] ?? end, end) - (samples.times[j] as number);
      sampled += span;
      const f = frame.callFrame;
      const key = `${f.functionName || '(anonymous)'}@${f.lineNumber ?? 0}:${f.columnNumber ?? 0}`;
      byFrame.set(key, (byFrame.get(key) ?? 0) + span);
    }
    const evaluated = evaluations
      .filter((e) => e.pid === pid && e.tid === tid && e.ts >= task.ts && e.ts <= end)
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
    const ms = Math.max(sampled, evaluated) / 1000;
    totalMs += ms;
    if (ms > 0) withExtension++;
    if (ms > best.longestMs) {
      const hot = [...byFrame].sort((a, b) => b[1] - a[1]).slice(0, 3);
      const taskMs = (task.dur ?? 0) / 1000;
      best = { ...best, longestMs: ms, taskMs, hot: hot.map(([f, us]) => `${f} ${fmt(us)}`) };
    }
  }
  return { ...best, totalMs, tasks: withExtension };
}

const fmt = (us: number) => `${(us / 1000).toFixed(1)}ms`;

/** The CPU profile of one thread: sample times (µs, trace clock) and their leaf node ids. */
function profileSamples(events: TraceEvent[], pid: number, tid: number) {
  const nodes = new Map<number, ProfileNode>();
  const times: number[] = [];
  const ids: number[] = [];
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (profile === undefined) return { nodes, times, ids };
  let t = Number(profile.args?.data?.startTime ?? 0);
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== profile.id) continue;
    const data = e.args?.data as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((id, i) => {
      t += deltas[i] ?? 0;
      times.push(t);
      ids.push(id);
    });
  }
  return { nodes, times, ids };
}
