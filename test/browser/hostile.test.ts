// The hostile corpus (test/fixtures/hostile/) in Chromium with the built extension (issue 7).
// For every page: the content script finishes, throws nothing, the page's own scripts keep
// working (each page checks itself through probe.js), the page's text is unchanged, and the
// expected marks appear (or, in editors and SVG, do not). On the large pages the work is bounded:
// no task the extension caused (traced; judged by main-thread CPU time) over 50 ms after the page
// finished building itself, rendering of our writes included, and a bounded heap.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type CDPSession, type Frame, type Page } from 'playwright-core';
import {
  CHROMIUM_PATH, FIXTURES, externalRequests, launchChromium, openAndWaitReady, openPopupFor, startFixtureServer, waitReady,
  type ChromiumSession,
} from './harness.js';
import type { DemoServer } from '../../src/demo/demo-server.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types fixture-policy";
const HOSTILE = '/fixtures/hostile/';
const LONG_TASK_MS = 50;

let session: ChromiumSession;
let server: DemoServer;
let control: Browser;

before(async () => {
  server = await startFixtureServer({ headersFor: (p) => (p.endsWith('/csp-trusted-types.html') ? { 'content-security-policy': CSP } : undefined) });
  session = await launchChromium();
  control = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});
after(async () => {
  await control?.close();
  await session?.close();
  await server?.close();
});

interface Probe {
  failed: string[];
  diff: null | { at: number; lengths: number[]; before: string; after: string };
  builtAt: number;
  longTasks: Array<{ start: number; duration: number }>;
}

/** Errors and warnings raised in the extension's isolated world (CDP sees every context). */
interface Visit {
  page: Page;
  cdp: CDPSession;
  ready: { state: string; marks: number };
  extErrors: string[];
  extWarnings: string[];
  ms: number;
}

async function visit(file: string, timeout = 15000, trace = false): Promise<Visit> {
  const page = await session.newPage();
  const cdp = await session.context.newCDPSession(page);
  const extContexts = new Set<number>();
  const extErrors: string[] = [];
  const extWarnings: string[] = [];
  const extOrigin = `chrome-extension://${session.extensionId}`;
  cdp.on('Runtime.executionContextCreated', (e) => { if (e.context.origin === extOrigin) extContexts.add(e.context.id); });
  cdp.on('Runtime.exceptionThrown', (e) => {
    const d = e.exceptionDetails;
    const text = `${d.exception?.description ?? d.text}`;
    if ((d.executionContextId !== undefined && extContexts.has(d.executionContextId)) || text.includes(extOrigin)) extErrors.push(text);
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (!extContexts.has(e.executionContextId)) return;
    const text = e.args.map((a) => String(a.value ?? a.description ?? '')).join(' ');
    if (e.type === 'error' || e.type === 'assert') extErrors.push(text);
    else if (e.type === 'warning') extWarnings.push(text);
  });
  await cdp.send('Runtime.enable');
  if (trace) await startTrace(cdp);
  const started = Date.now();
  const ready = await openAndWaitReady(page, server.origin + HOSTILE + file, timeout);
  return { page, cdp, ready, extErrors, extWarnings, ms: Date.now() - started };
}

/** Reads the page's own verdict on itself. The text is compared first: some checks click and type. */
async function probe(target: Page | Frame): Promise<Probe> {
  return target.evaluate(() => {
    type H = {
      textDiff(): Probe['diff']; run(): string[]; state: { builtAt: number };
      longTasks: Array<{ start: number; duration: number }>;
    };
    const h = (window as unknown as { __hostile: H }).__hostile;
    const diff = h.textDiff();
    return { diff, failed: h.run(), builtAt: h.state.builtAt, longTasks: h.longTasks.map((t) => ({ start: t.start, duration: t.duration })) };
  }) as Promise<Probe>;
}

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e6;
}

/** Extension badges (not the page's own corroborate-badge elements), in the document and in open shadow roots. */
async function extensionBadges(target: Page | Frame): Promise<Array<{ tag: string; verdict: string; inShadow: boolean; inEditable: boolean; inSvg: boolean }>> {
  return target.evaluate(() => {
    const out: Array<{ tag: string; verdict: string; inShadow: boolean; inEditable: boolean; inSvg: boolean }> = [];
    const own = (window as unknown as { __hostile?: { isOwnBadge(el: Element): boolean } }).__hostile;
    // An explicit stack, not a named inner function (tsx would wrap it with a __name helper the page lacks).
    const roots: Array<{ root: Document | ShadowRoot; inShadow: boolean }> = [{ root: document, inShadow: false }];
    for (let next = roots.pop(); next; next = roots.pop()) {
      for (const el of Array.from(next.root.querySelectorAll('*'))) {
        if (el.localName.startsWith('corroborate-') && el.hasAttribute('data-verdict') && !own?.isOwnBadge(el)) {
          out.push({
            tag: el.localName, verdict: el.getAttribute('data-verdict') ?? '', inShadow: next.inShadow,
            inEditable: el.closest('[contenteditable], textarea') !== null, inSvg: el.closest('svg') !== null,
          });
        }
        if (el.shadowRoot) roots.push({ root: el.shadowRoot, inShadow: true });
      }
    }
    return out;
  });
}

/** The general promises every hostile page must keep. */
async function assertHeld(v: Visit, file: string, target: Page | Frame = v.page): Promise<Probe> {
  assert.ok(['done', 'not-about'].includes(v.ready.state), `${file}: finished with state ${v.ready.state}`);
  const p = await probe(target);
  assert.deepEqual(p.failed, [], `${file}: the page's own checks`);
  assert.equal(p.diff, null, `${file}: page text changed: ${JSON.stringify(p.diff)}`);
  assert.deepEqual(v.extErrors, [], `${file}: errors from the extension`);
  return p;
}

/** Long tasks that start after the page had finished its own work: on these static pages, the extension's. */
function lateLongTasks(p: Probe): Array<{ start: number; duration: number }> {
  return p.longTasks.filter((t) => t.start >= p.builtAt && t.duration > LONG_TASK_MS).map((t) => ({ start: Math.round(t.start), duration: Math.round(t.duration) }));
}

interface TraceEvent {
  name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number;
  args?: { callTime?: number; data?: { url?: string; functionName?: string; callTime?: number } };
}

/** Chromium tracing of the page's renderer: every main-thread task with its wall and thread (CPU) time. */
async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,blink.user_timing', transferMode: 'ReturnAsStream' });
}

async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')));
  await cdp.send('Tracing.end');
  const handle = await complete;
  const chunks: string[] = [];
  for (;;) {
    const r = await cdp.send('IO.read', { handle, size: 1 << 22 });
    chunks.push(r.base64Encoded ? Buffer.from(r.data, 'base64').toString('utf8') : r.data);
    if (r.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(chunks.join('')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/**
 * The page's main-thread tasks that start after the probe's snapshot (the end of the page's own
 * building), each marked `ours` when the extension caused it: it ran one of the content script's
 * timed slices (every slice leaves a `corroborate:*` performance measure, whose call time the trace
 * records), or it came after the extension's first DOM write (the first `corroborate:paint` slice;
 * these pages are static and rendered long before, so any later rendering is of our writes).
 * Each task is judged by its thread time, the CPU the main thread spent in it: this 2-core VM is
 * shared, and a task's wall time there also counts the time the thread waited for a core (an 8 ms
 * extraction slice measured 273 ms of wall time and 10 ms of thread time under load).
 */
function lateTraceTasks(events: TraceEvent[]): Array<{ wallMs: number; cpuMs: number; ours: boolean; kind: string }> {
  const snapshot = events.find((e) => e.ph === 'X' && e.name === 'FunctionCall' && e.args?.data?.functionName === 'snapshot' && (e.args.data.url ?? '').endsWith('/probe.js'));
  assert.ok(snapshot, 'the trace holds the probe\'s snapshot (the page finished building)');
  const onThread = events.filter((e) => e.ph === 'X' && e.pid === snapshot.pid && e.tid === snapshot.tid && e.name === 'ThreadControllerImpl::RunTask' && e.dur !== undefined);
  const builtTask = onThread.find((t) => t.ts <= snapshot.ts && t.ts + (t.dur ?? 0) >= snapshot.ts + (snapshot.dur ?? 0));
  const builtEnd = builtTask ? builtTask.ts + (builtTask.dur ?? 0) : snapshot.ts + (snapshot.dur ?? 0);
  const late = onThread.filter((t) => t.ts >= builtEnd);
  // Top-level tasks only (a nested run loop's task is part of its parent's).
  const top = late.filter((t) => !late.some((o) => o !== t && o.ts <= t.ts && o.ts + (o.dur ?? 0) >= t.ts + (t.dur ?? 0)));
  const measures = events.filter((e) => e.pid === snapshot.pid && e.ph === 'b' && e.name.startsWith('corroborate:'));
  const calls = measures.map((e) => e.args?.callTime ?? e.ts);
  const firstWrite = Math.min(...measures.filter((e) => e.name === 'corroborate:paint').map((e) => e.ts));
  const RENDERING = new Set(['Paint', 'Layout', 'UpdateLayoutTree', 'PrePaint', 'Layerize']);
  const frames = events.filter((e) => e.pid === snapshot.pid && e.tid === snapshot.tid && RENDERING.has(e.name)).map((e) => e.ts);
  return top.map((t) => {
    const end = t.ts + (t.dur ?? 0);
    const script = calls.some((c) => c >= t.ts && c <= end);
    const kind = script ? 'script' : frames.some((f) => f >= t.ts && f <= end) ? 'rendering' : 'other';
    return { wallMs: (t.dur ?? 0) / 1000, cpuMs: (t.tdur ?? t.dur ?? 0) / 1000, ours: script || t.ts >= firstWrite, kind };
  });
}

/** The same page in a Chromium without the extension: its own longest task after building, and its heap. */
async function controlRun(file: string, settleMs: number): Promise<{ late: number; maxLateCpu: number; heap: number }> {
  const page = await control.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await startTrace(cdp);
  await page.goto(server.origin + HOSTILE + file, { waitUntil: 'load' });
  // A measurement window, not a readiness wait: the page alone is left to run as long as the extension ran.
  await page.waitForTimeout(settleMs);
  const tasks = lateTraceTasks(await stopTrace(cdp));
  const heap = await heapMB(cdp);
  await page.close();
  const late = tasks.filter((t) => t.cpuMs > LONG_TASK_MS);
  return { late: late.length, maxLateCpu: Math.max(0, ...late.map((t) => t.cpuMs)), heap };
}

const figures: string[] = [];
after(() => { if (figures.length) console.log(`hostile figures:\n  ${figures.join('\n  ')}`); });

// No task of the extension's over 50 ms of main-thread CPU, the browser's rendering of our writes
// included. On the two pathological pages (a million words; 100,000 text nodes) the badges used to
// make their lines taller, so everything after them moved and Chromium pre-painted, repainted and
// re-layerized the rest of the page in one 60-160 ms frame; now a badge never changes its line's
// height. On tiny-text-nodes.html (one character per text node) the frames used to cost 30-95 ms
// even so: eight badged paragraphs re-laid out in one frame, and CSS highlights over ~1,000 text
// nodes, which Chromium repaints on every change. Now badges go in a few sentences' nodes per
// frame and node-shredded sentences are drawn as overlay boxes (src/content/README.md, "Rendering cost").
for (const { file, heapBudgetMB } of [
  { file: 'huge-words.html', heapBudgetMB: 96 },
  { file: 'deep-nesting.html', heapBudgetMB: 32 },
  { file: 'tiny-text-nodes.html', heapBudgetMB: 48 },
]) {
  test(`large page ${file}: marks its Derna sentences, no extension task over ${LONG_TASK_MS} ms of CPU (rendering after its writes included), bounded heap`, { timeout: 90000 }, async () => {
    const v = await visit(file, 60000, true);
    // Let trailing idle work finish before measuring (measurement window, after the readiness signal).
    await v.page.waitForTimeout(300);
    const tasks = lateTraceTasks(await stopTrace(v.cdp));
    const p = await assertHeld(v, file);
    const heap = await heapMB(v.cdp);
    const ctl = await controlRun(file, Math.min(4000, Math.max(1000, v.ms)));
    // The page's own tasks (its first rendering of 10,000 levels, say) are not the extension's.
    const ours = tasks.filter((t) => t.ours);
    const late = ours.filter((t) => t.cpuMs > LONG_TASK_MS).map((t) => ({ kind: t.kind, wallMs: Math.round(t.wallMs), cpuMs: Math.round(t.cpuMs) }));
    const longestCpu = Math.max(0, ...ours.map((t) => t.cpuMs));
    assert.ok(ours.length > 0, `${file}: the trace attributes the extension's own tasks`);
    const wallLong = lateLongTasks(p);
    figures.push(`${file}: ${v.ready.marks} marks in ${v.ms} ms; extension's tasks after build: ${ours.length}, longest ${longestCpu.toFixed(0)} ms of main-thread CPU, ${late.length} over ${LONG_TASK_MS} ms ${JSON.stringify(late)}; page alone: ${ctl.late} over ${LONG_TASK_MS} ms (max ${ctl.maxLateCpu.toFixed(0)} ms); Long Tasks API (wall time, counts waiting for a core): ${wallLong.length} (max ${Math.max(0, ...wallLong.map((t) => t.duration))} ms); heap ${heap.toFixed(1)} MB vs ${ctl.heap.toFixed(1)} MB without the extension`);
    await v.page.close();
    assert.equal(v.ready.state, 'done', `${file} is about Derna`);
    assert.ok(v.ready.marks >= 1, `${file}: marks ${v.ready.marks}`);
    assert.ok(heap - ctl.heap <= heapBudgetMB, `${file}: heap grew by ${(heap - ctl.heap).toFixed(1)} MB (budget ${heapBudgetMB} MB)`);
    assert.deepEqual(late, [], `${file}: extension tasks (scripts and the rendering of our writes) over ${LONG_TASK_MS} ms of CPU after the page was built`);
  });
}

test('article text inside open shadow roots (nested, slotted, declarative) gets badges there', async () => {
  const v = await visit('shadow-dom.html');
  await assertHeld(v, 'shadow-dom.html');
  const badges = await extensionBadges(v.page);
  assert.ok(v.ready.marks >= 3, `marks ${v.ready.marks}`);
  assert.ok(badges.filter((b) => b.inShadow).length >= 2, `badges inside shadow roots: ${JSON.stringify(badges)}`);
  await v.page.close();
});

// The content script runs in the top frame only (manifest: all_frames false; src/content/index.ts
// returns early in a frame): the top frame reads same-origin frames as blocks of its own text and
// paints into them; cross-origin frames are left alone on purpose. They are mostly ads, widgets and
// embeds; reading them would take a content script evaluated in every frame of every page (its cost
// is the one the unrelated-page budget counts), a second text and result per tab, and marks inside
// a third party's frame the reader did not choose to read. The test below asserts exactly that.
async function framesOf(page: Page): Promise<{ same: Frame; cross: Frame }> {
  const frames = page.frames().filter((f) => f.url().includes('frame-article.html'));
  const same = frames.find((f) => new URL(f.url()).hostname === '127.0.0.1');
  const cross = frames.find((f) => new URL(f.url()).hostname === 'localhost');
  assert.ok(same && cross, `both frames loaded: ${frames.map((f) => f.url()).join(' ')}`);
  await cross.waitForLoadState('load');
  return { same, cross };
}

test('iframes: the same-origin frame is annotated, the cross-origin frame is untouched, frames still talk', async () => {
  const v = await visit('iframes.html');
  await assertHeld(v, 'iframes.html');
  const { same, cross } = await framesOf(v.page);
  for (const frame of [same, cross]) {
    const p = await probe(frame);
    assert.deepEqual(p.failed, [], `${frame.url()}: frame checks`);
    assert.equal(p.diff, null, `${frame.url()}: frame text changed: ${JSON.stringify(p.diff)}`);
  }
  // The frame may finish loading after the top frame's run: give the run a moment to pick it up.
  await same.waitForFunction(() => document.querySelector('[data-verdict]') !== null, undefined, { timeout: 5000 }).catch(() => undefined);
  const sameBadges = (await extensionBadges(same)).length;
  const topBadges = (await extensionBadges(v.page)).length;
  assert.ok(sameBadges >= 1, 'the same-origin frame has badges');
  assert.equal(topBadges + sameBadges, v.ready.marks, 'marks reported = badges in the page and its same-origin frame');
  assert.equal((await extensionBadges(cross)).length, 0, 'cross-origin frame: not annotated (top frame only)');
  await v.page.evaluate(() => (window as unknown as { __pingFrames(): void }).__pingFrames());
  await v.page.waitForFunction(() => {
    const pongs = (window as unknown as { __pongs: Record<string, number> }).__pongs;
    return (pongs['127.0.0.1'] ?? 0) >= 1 && (pongs['localhost'] ?? 0) >= 1;
  }, undefined, { timeout: 5000 });
  assert.deepEqual(v.extErrors, []);
  await v.page.close();
});

test('iframes: a cross-origin frame with a Derna article is left alone by design (no script, no badge, text unchanged)', async () => {
  const v = await visit('iframes.html');
  await assertHeld(v, 'iframes.html');
  const { cross } = await framesOf(v.page);
  // The top frame's run is over (readiness signal); the cross-origin frame has loaded (framesOf).
  const p = await probe(cross);
  assert.deepEqual(p.failed, [], 'the cross-origin frame\'s own checks');
  assert.equal(p.diff, null, 'the cross-origin frame\'s text is unchanged');
  assert.equal((await extensionBadges(cross)).length, 0, 'no badge in the cross-origin frame');
  const state = await cross.evaluate(() => document.documentElement.getAttribute('data-corroborate-state'));
  assert.equal(state, null, 'no content script ran in the cross-origin frame (it never reports a state)');
  const crossText = await cross.evaluate(() => document.body.textContent ?? '');
  assert.match(crossText, /Derna/, 'the frame does name Derna: it is left alone by choice, not for lack of a topic');
  assert.deepEqual(v.extErrors, []);
  await v.page.close();
});

test('SVG text is left alone; the HTML sentence beside it is marked', async () => {
  const v = await visit('svg-text.html');
  await assertHeld(v, 'svg-text.html');
  const badges = await extensionBadges(v.page);
  assert.ok(badges.length >= 1, 'the HTML paragraph is marked');
  assert.deepEqual(badges.filter((b) => b.inSvg), [], 'no badge inside the SVG');
  await v.page.close();
});

test('contenteditable editors, textareas and inputs are never annotated, and typing still works', async () => {
  const v = await visit('editors.html');
  await assertHeld(v, 'editors.html');
  const badges = await extensionBadges(v.page);
  assert.ok(badges.length >= 1, 'the article outside the editors is marked');
  assert.deepEqual(badges.filter((b) => b.inEditable), [], 'no badge inside an editor');
  // Typing a Derna sentence into the editor: it stays the user's text, with no badge inside.
  await v.page.evaluate(() => { (window as unknown as { __typed: boolean }).__typed = true; });
  await v.page.click('#rich p');
  await v.page.keyboard.press('End');
  await v.page.keyboard.type(' Derna has been controlled by Islamist militia groups since the 2011 uprising.');
  await v.page.waitForFunction(() => document.getElementById('rich')?.textContent?.includes('since the 2011 uprising.'));
  const inRich = await v.page.evaluate(() => document.querySelectorAll('#rich [data-verdict]').length);
  assert.equal(inRich, 0);
  assert.ok(await v.page.evaluate(() => (window as unknown as { __inputs(): number }).__inputs()) > 10, 'the editor saw the input events');
  assert.deepEqual(await probe(v.page).then((p) => p.failed), []);
  assert.deepEqual(v.extErrors, []);
  await v.page.close();
});

test('strict CSP (no inline script or style) with Trusted Types enforced: marks, no violation', async () => {
  const v = await visit('csp-trusted-types.html');
  await assertHeld(v, 'csp-trusted-types.html');
  assert.ok(v.ready.marks >= 2, `marks ${v.ready.marks}`);
  assert.equal((await extensionBadges(v.page)).length, v.ready.marks);
  await v.page.close();
});

test('a page that overrides built-ins cannot break the extension or capture its shadow roots', async () => {
  const v = await visit('builtins-override.html');
  await assertHeld(v, 'builtins-override.html');
  assert.ok(v.ready.marks >= 2, `marks ${v.ready.marks}`);
  const spied = await v.page.evaluate(() => {
    const o = (window as unknown as { __overrides: { captured: Array<{ host: Element }>; definedNames: string[] } }).__overrides;
    return { captured: o.captured.map((c) => c.host.localName), defined: o.definedNames };
  });
  assert.deepEqual(spied.captured.filter((n) => n.startsWith('corroborate')), [], 'no extension shadow root went through the page\'s attachShadow');
  assert.deepEqual(spied.defined.filter((n) => n.startsWith('corroborate')), [], 'the extension defined nothing in the page\'s registry');
  const open = await v.page.evaluate(() => Array.from(document.querySelectorAll('[data-verdict]')).filter((b) => b.shadowRoot !== null).length);
  assert.equal(open, 0, 'badge shadow roots are closed to the page');
  await v.page.close();
});

test('a page that already defines corroborate-badge keeps its element; extension badges are not hijacked', async () => {
  const v = await visit('predefined-badge.html');
  await assertHeld(v, 'predefined-badge.html');
  const badges = await extensionBadges(v.page);
  assert.ok(badges.length >= 2, `badges ${JSON.stringify(badges)}`);
  const hijacked = await v.page.evaluate(() => {
    const upgraded = (window as unknown as { __upgraded: Element[] }).__upgraded;
    return upgraded.filter((el) => el.hasAttribute('data-verdict')).length;
  });
  assert.equal(hijacked, 0, 'no extension badge ran the page\'s constructor');
  assert.equal(await v.page.locator('corroborate-badge[data-page]').count(), 1);
  await v.page.close();
});

test('a page that mutates without pause keeps running; the extension settles and stays bounded', { timeout: 30000 }, async () => {
  const v = await visit('mutating.html');
  await v.page.bringToFront();
  assert.ok(['done', 'not-about'].includes(v.ready.state));
  const counters = () => v.page.evaluate(() => (window as unknown as { __counters(): { ticks: number; frames: number; feedAdds: number } }).__counters());
  const a = await counters();
  const t0 = await v.page.evaluate(() => performance.now());
  await v.page.waitForFunction((before) => {
    const c = (window as unknown as { __counters(): { ticks: number; feedAdds: number } }).__counters();
    return c.ticks >= before.ticks + 100 && c.feedAdds >= before.feedAdds + 8;
  }, a, { timeout: 10000 });
  const b = await counters();
  assert.ok(b.frames > a.frames, 'animation frames keep coming');
  const p = await probe(v.page);
  assert.deepEqual(p.failed, []);
  const late = p.longTasks.filter((t) => t.start >= t0 && t.duration > LONG_TASK_MS);
  assert.deepEqual(late, [], 'no long task while the page mutates');
  assert.ok(v.ready.marks >= 1);
  assert.deepEqual(v.extErrors, []);
  figures.push(`mutating.html: ${b.ticks - a.ticks} interval ticks and ${b.feedAdds - a.feedAdds} feed paragraphs observed; long tasks ${late.length}`);
  await v.page.close();
});

test('a right-to-left Arabic page with English and Arabic Derna sentences gets badges, direction intact', async () => {
  const v = await visit('rtl.html');
  await assertHeld(v, 'rtl.html');
  assert.ok(v.ready.marks >= 2, `marks ${v.ready.marks}`);
  await v.page.close();
});

test('markup in page text stays text: in the page, the badges, the evidence card and the popup', async () => {
  const v = await visit('markup-as-text.html');
  await assertHeld(v, 'markup-as-text.html');
  assert.ok(v.ready.marks >= 2, `marks ${v.ready.marks}`);
  // Open the first card (focus the badge), then read every closed shadow root through CDP.
  await v.page.focus('[data-verdict]');
  await v.page.keyboard.press('Enter');
  const { root } = await v.cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type N = { nodeName: string; nodeType: number; nodeValue?: string; localName?: string; children?: N[]; shadowRoots?: N[]; attributes?: string[] };
  const extElements: string[] = [];
  let extText = '';
  const walk = (n: N, inExt: boolean) => {
    const isExt = inExt || (n.localName ?? '').startsWith('corroborate-');
    if (isExt && n.nodeType === 1) extElements.push((n.localName ?? n.nodeName).toLowerCase());
    if (isExt && n.nodeType === 3) extText += `${n.nodeValue ?? ''}\n`;
    for (const c of n.children ?? []) walk(c, isExt);
    for (const s of n.shadowRoots ?? []) walk(s, isExt);
  };
  walk(root as N, false);
  for (const bad of ['script', 'img', 'iframe', 'b', 'object', 'embed']) assert.ok(!extElements.includes(bad), `extension UI created <${bad}>`);
  const tabId = await session.tabIdOf(v.page);
  const popup = await openPopupFor(session, tabId);
  await popup.waitForSelector('[data-testid="verdict-summary"]', { timeout: 10000 });
  const popupText = await popup.evaluate(() => document.body.innerText);
  const popupScripts = await popup.evaluate(() => document.querySelectorAll('script:not([src]), img[src="x"], iframe, b').length);
  figures.push(`markup-as-text.html: ${v.ready.marks} marks; extension UI elements: ${[...new Set(extElements)].join(',')}; card text shows <script>: ${extText.includes('<script>')} (${extText.length} chars: ${JSON.stringify(extText.slice(0, 300))}); popup shows <script>: ${popupText.includes('<script>')}`);
  assert.ok(popupText.includes('<script>window.__pwned = 1</script>') || popupText.includes('<img src=x'), 'the popup shows the page sentence with its markup as text');
  assert.equal(popupScripts, 0, 'no element created from page text in the popup');
  assert.equal(await v.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.equal(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  await popup.close();
  await v.page.close();
});

test('zero network: extension pages, demo pages and hostile pages fetch nothing beyond the fixture server', { timeout: 60000 }, async () => {
  const before = session.requests.length;
  const serverBefore = server.requests.length;
  const localhost = server.origin.replace('127.0.0.1', 'localhost');
  // What the pages themselves ask for, read from their HTML: the document and every src/href.
  const pageAsked = new Set<string>();
  const addFromHtml = (docPath: string, html: string) => {
    pageAsked.add(docPath);
    for (const m of html.matchAll(/\s(?:src|href)="([^"#]+)"/g)) {
      const url = new URL(m[1] ?? '', server.origin + docPath);
      if (url.origin === server.origin) pageAsked.add(url.pathname);
    }
  };
  for (const file of ['popup.html', 'options.html']) {
    const page = await session.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/${file}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.body.childElementCount > 0 && document.readyState === 'complete');
    await page.close();
  }
  const pages = [...server.pages.slice(0, 3).map((p) => p.path), `${HOSTILE}iframes.html`, `${HOSTILE}markup-as-text.html`, `${HOSTILE}csp-trusted-types.html`, `${HOSTILE}rtl.html`];
  for (const path of pages) {
    const demo = server.pages.find((p) => p.path === path);
    addFromHtml(path, demo ? demo.html : readFileSync(join(FIXTURES, path.slice('/fixtures/'.length)), 'utf8'));
  }
  addFromHtml(`${HOSTILE}frame-article.html`, readFileSync(join(FIXTURES, 'hostile/frame-article.html'), 'utf8'));
  for (const path of pages) {
    const page = await session.newPage();
    await openAndWaitReady(page, server.origin + path);
    for (const frame of page.frames().slice(1)) await frame.waitForLoadState('load');
    await waitReady(page);
    await page.close();
  }
  const seen = session.requests.slice(before);
  assert.deepEqual(externalRequests(seen, server.origin).filter((r) => !r.url.startsWith(localhost + '/')), [], 'requests that left the machine');
  const worker = seen.filter((r) => r.by === 'extension-worker' && !r.url.startsWith('chrome-extension://'));
  assert.deepEqual(worker, [], 'the background fetched nothing');
  const served = server.requests.slice(serverBefore).filter((p) => p !== '/favicon.ico');
  const unexplained = served.filter((p) => !pageAsked.has(p));
  assert.deepEqual(unexplained, [], 'every request the server saw was one the pages themselves made');
  figures.push(`zero network: ${seen.length} requests seen by the browser, ${served.length} served, 0 external`);
});
