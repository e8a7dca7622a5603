/**
 * `npm run bench:trace`: where the main thread's time goes on each page type (home, archive, a release, a brand page)
 * in en, zh and ar, beside the bare Next page built in the same run. Each page is loaded by Lighthouse 12 in
 * Debian's Chromium under its mobile settings with real throttling (`throttlingMethod: 'devtools'`: the CPU is slowed
 * 4× and the network shaped while the trace is recorded, so the trace's milliseconds are a phone's), with the trace's
 * `fonts` category on. Lighthouse's own task tree of that trace (MainThreadTasks) is split by event into HTML
 * parsing, style recalculation, layout, paint (with image decoding), script evaluation and hydration (compile,
 * evaluate, every callback), font loading and shaping (the font events, which Blink records inside layout), and the
 * rest (garbage collection, other). For each part: its main-thread time, and its share of the page's blocking time
 * (every task between first paint and interactive blocks for its length over 50 ms; that excess is shared among the
 * events inside it by their own time). Median run of TRACE_RUNS (default 3) by total blocking time. Needs
 * `npm run build` first.
 *
 * `TRACE_THROTTLING=simulate` splits instead what bench:lighthouse's measure counts: Lighthouse's default
 * simulated throttling records the load unthrottled and replays each top-level task 4× longer, or 2× when it did
 * layout (Lantern's rule), so a task blocks for its replayed length over 50 ms. The trace does not carry the
 * replay's first paint and interactive, so every task counts: the sum is larger than the TBT Lighthouse reports,
 * and shows where its blocking time comes from.
 */
import lighthouse from 'lighthouse';
import { MainThreadTasks } from 'lighthouse/core/computed/main-thread-tasks.js';
import type { TaskNode } from 'lighthouse/core/lib/tracehouse/main-thread-tasks.js';
import { withPages } from './lib/lighthouse-pages';
import { table } from './lib/measure';

const runs = Math.max(1, Number(process.env.TRACE_RUNS ?? 3));
const simulate = process.env.TRACE_THROTTLING === 'simulate';

const parts = ['HTML', 'style', 'layout', 'paint', 'script', 'fonts', 'other'] as const;
type Part = (typeof parts)[number];
const partNames: Record<Part, string> = {
  HTML: 'HTML parsing',
  style: 'style recalculation',
  layout: 'layout',
  paint: 'paint, images',
  script: 'script and hydration',
  fonts: 'fonts',
  other: 'GC, other',
};

/** Trace event names by part; an event not named here belongs to its parent's part (as in Lighthouse's groups). */
const byName = new Map<string, Part>(
  Object.entries({
    HTML: ['ParseHTML'],
    style: ['UpdateLayoutTree', 'RecalculateStyles', 'ScheduleStyleRecalculation', 'ParseAuthorStyleSheet'],
    layout: ['Layout', 'InvalidateLayout'],
    paint: [
      'PrePaint',
      'Paint',
      'PaintSetup',
      'PaintImage',
      'Layerize',
      'UpdateLayer',
      'UpdateLayerTree',
      'CompositeLayers',
      'RasterTask',
      'Decode Image',
      'ImageDecodeTask',
      'Animation',
      'HitTest',
      'ScrollLayer',
    ],
    script: [
      'EvaluateScript',
      'v8.evaluateModule',
      'v8.compile',
      'v8.compileModule',
      'v8.parseOnBackground',
      'v8.run',
      'FunctionCall',
      'RunMicrotasks',
      'TimerFire',
      'EventDispatch',
      'FireIdleCallback',
      'FireAnimationFrame',
      'V8.Execute',
    ],
    other: ['MinorGC', 'MajorGC', 'BlinkGC.AtomicPhase', 'GCEvent', 'ThreadControllerImpl::RunTask'],
  }).flatMap(([part, names]) => names.map((name): [string, Part] => [name, part as Part])),
);

function partOf(task: TaskNode): Part {
  if (task.event.cat.split(',').some((category) => category.includes('fonts'))) return 'fonts';
  return byName.get(task.event.name) ?? (task.parent ? partOf(task.parent) : 'other');
}

/** Lantern's test for the shorter replay of a task: a Layout event anywhere inside it. */
const didLayout = (task: TaskNode): boolean => task.event.name === 'Layout' || task.children.some(didLayout);

type Split = { tbt: number; total: Record<Part, number>; blocking: Record<Part, number>; rest: Map<string, number> };
const zero = () => Object.fromEntries(parts.map((p) => [p, 0])) as Record<Part, number>;

async function traceOnce(url: string, port: number): Promise<Split> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
    throttlingMethod: simulate ? 'simulate' : 'devtools',
    additionalTraceCategories: 'fonts',
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
  const metric = (id: string) => result.lhr.audits[id]?.numericValue ?? 0;
  const [fcp, tti] = [metric('first-contentful-paint'), metric('interactive')];
  const tasks = await MainThreadTasks.request(result.artifacts.Trace, { computedCache: new Map() });
  const total = zero();
  const blocking = zero();
  // What "GC, other" holds, by event name, so that a large remainder can be looked into.
  const rest = new Map<string, number>();
  for (const task of tasks) {
    const part = partOf(task);
    total[part] += task.selfTime;
    if (part === 'other') rest.set(task.event.name, (rest.get(task.event.name) ?? 0) + task.selfTime);
  }
  for (const top of tasks.filter((task) => !task.parent)) {
    const within = Math.min(top.endTime, tti) - Math.max(top.startTime, fcp);
    const excess = simulate
      ? Math.max(0, top.duration * (didLayout(top) ? 2 : 4) - 50)
      : Math.max(0, Math.min(top.duration, within) - 50);
    if (excess === 0) continue;
    const spread = (task: TaskNode) => {
      blocking[partOf(task)] += (excess * task.selfTime) / top.duration;
      task.children.forEach(spread);
    };
    spread(top);
  }
  return { tbt: metric('total-blocking-time'), total, blocking, rest };
}

const ms = (value: number) => String(Math.round(value));

async function main() {
  const rows: string[][] = [];
  const notes: string[] = [];
  let floor: Split | undefined;
  await withPages(async (targets, port) => {
    for (const { name, url, kind } of targets) {
      const isFloor = kind === 'floor';
      console.error(`tracing ${name} ...`);
      const splits: Split[] = [];
      for (let run = 0; run < runs; run++) splits.push(await traceOnce(url, port));
      const median = splits.sort((a, b) => a.tbt - b.tbt)[Math.floor(splits.length / 2)] ?? splits[0];
      if (!median) continue;
      if (isFloor) floor = median;
      const sum = parts.reduce((acc, p) => acc + median.total[p], 0);
      const versus = floor && !isFloor ? ` (${median.tbt >= floor.tbt ? '+' : ''}${ms(median.tbt - floor.tbt)})` : '';
      rows.push([
        name,
        `${ms(median.tbt)}${versus}`,
        ms(sum),
        ...parts.map((p) => `${ms(median.total[p])} · ${ms(median.blocking[p])}`),
      ]);
      const largest = [...median.rest].sort((a, b) => b[1] - a[1]).slice(0, 4);
      notes.push(`${name}: ${largest.map(([event, time]) => `${event} ${ms(time)}`).join(', ')}`);
    }
  });
  console.log(
    simulate
      ? `\nbench:trace ${new Date().toISOString().slice(0, 10)}: Lighthouse 12 mobile, simulated throttling, median of ${runs} run(s) by TBT. Each part: unthrottled main-thread ms · ms of it blocking when replayed 4× (2× for a task with layout), every task counted.\n`
      : `\nbench:trace ${new Date().toISOString().slice(0, 10)}: Lighthouse 12 mobile, real throttling (4× CPU, slow 4G), median of ${runs} run(s) by TBT. Each part: main-thread ms · ms of it blocking.\n`,
  );
  console.log(table(['page', 'TBT ms (vs floor)', 'main thread ms', ...parts.map((p) => partNames[p])], rows));
  console.log(`\n"GC, other", its largest events (ms):\n${notes.map((n) => `- ${n}`).join('\n')}`);
}

void main();
