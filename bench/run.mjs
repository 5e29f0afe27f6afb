// `npm run bench`: builds seeded corpora, runs every measurement of issue 7 in one run, prints a table, writes bench/results.json.
//   node bench/run.mjs [--quick] [--only floor,keystroke,check,cache,archive,server,views,hostile,web] [--dist <folder>] [--legacy] [--out <file>]
// --only runs just those parts (the 10,000-session corpus is generated only for archive, server and views);
// with --out elsewhere, a partial run leaves bench/results.json of the last full run alone, e.g.
//   node bench/run.mjs --only keystroke --out /tmp/keystroke.json
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';
import { aggregateVersusCheck, cacheRerun, checkVersusMarkdownlint, hostileFiles, keystrokeLatency, largeWorkspace, median, parseFloor } from './measure.mjs';
import { eventViews } from './views.mjs';
import { packagesAndBrowser } from './web.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const quick = args.includes('--quick');
const only = option('--only')?.split(',');
const wanted = (part) => !only || only.includes(part);
const dist = resolve(option('--dist') ?? join(ROOT, 'dist'));
const CLI = join(dist, 'cli.js');
const SERVER = join(dist, 'server.js');
const runs = quick ? 1 : 3;

const log = (text) => process.stderr.write(`${text}\n`);
const started = Date.now();

if (!option('--dist')) {
  log('building dist/ …');
  if (spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) process.exit(1);
}

log('generating corpora (seeded; reused when unchanged) …');
const corpusRoot = join(ROOT, 'bench/corpus');
mkdirSync(join(corpusRoot, '.build'), { recursive: true });
const check1k = join(corpusRoot, 'check-1k');
const paths1k = writeCorpus(check1k, { seed: 1, events: 10, perEvent: 100, big: 3 });
const archive = join(corpusRoot, 'archive-10k');
const paths10k = ['archive', 'server', 'views'].some(wanted) ? writeCorpus(archive, { seed: 2, events: 1, perEvent: 10000, big: 3, days: 125, rooms: 10, slots: 8 }) : [];
const bigFile = paths1k.find((p) => p.includes('live-mitschrift'));
const bigEvent = dirname(dirname(bigFile));

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform, loadAverageAtStart: loadavg() },
  dist,
};

async function step(name, title, run) {
  if (!wanted(name)) return;
  log(`${title} …`);
  const t = Date.now();
  results[name] = await run();
  log(`  done in ${((Date.now() - t) / 1000).toFixed(0)} s`);
}

await step('floor', 'parse-only floor (one thread, no IO)', () => parseFloor(ROOT, bigFile, paths1k, quick ? 60 : 200));
await step('keystroke', 'keystroke → diagnostics over LSP on the 5,000-line protocol', () => keystrokeLatency(SERVER, bigEvent, bigFile, quick ? 60 : 200));
await step('check', 'barcamp check vs markdownlint-cli2 on 1,000 protocols', () => checkVersusMarkdownlint(ROOT, CLI, check1k, runs));
await step('cache', 'barcamp check --cache, rerun after changing one protocol', () => cacheRerun(CLI, check1k, paths1k[500], runs + 2, join(corpusRoot, '.build/bench.barcampcache')));
await step('archive', 'aggregate vs check of 10,000 sessions', () => aggregateVersusCheck(CLI, archive, join(corpusRoot, '.build/aggregate-out'), quick ? 1 : 5));
await step('server', 'language server in the 10,000-session workspace', () => largeWorkspace(SERVER, archive, paths10k[5000], { legacy: args.includes('--legacy') }));
await step('views', 'Sessions and Next-steps views in the 10,000-session workspace', () => eventViews(SERVER, archive));
await step('hostile', 'hostile protocols open in the server: worst answer to an unrelated request', () => hostileFiles(SERVER));
// Last: packing makes the production build in dist/.
await step('web', 'packages (production build), the server as a Web Worker, activation in the editor', () => packagesAndBrowser(ROOT, quick ? 3 : 7));

results.machine.loadAverageAtEnd = loadavg();
results.durationSeconds = Math.round((Date.now() - started) / 1000);
results.goals = goals(results);
const out = resolve(option('--out') ?? join(ROOT, 'bench/results.json'));
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
printTable(results);
log(`\nwrote ${out} (${results.durationSeconds} s)`);

/** Every goal of the issue with its measured value; `holds` is undefined when its part was not run. */
function goals(r) {
  const goal = (name, value, target, holds, unit) => ({
    name,
    value: value === undefined ? undefined : Number(value.toFixed(unit === 'x' ? 3 : 1)),
    unit,
    target,
    holds: value === undefined ? undefined : holds,
  });
  // Cold is the plain check of the same files (no cache file at all); without that part, the cold run that wrote the cache.
  const cacheRatio = r.cache ? r.cache.rerunMedianMs / (r.check?.checkMedianMs ?? r.cache.coldWithCacheMs) : undefined;
  // Typing inside lines and edits that change a line's kind: the goal holds on the worse p95 of the two.
  const hostileWorst = r.hostile ? Math.max(...r.hostile.map((h) => h.worstAnswerMs)) : undefined;
  const keystrokeP95 = r.keystroke ? Math.max(r.keystroke.p95Ms, r.keystroke.kindChange?.p95Ms ?? Infinity) : undefined;
  return [
    goal('keystroke → diagnostics p95, worse of typing / kind change (5,000 lines, LSP)', keystrokeP95, '≤ 100 ms', keystrokeP95 <= 100, 'ms'),
    goal('incremental reparse per edit p95 (floor)', r.floor?.incrementalReparse.p95Ms, '< 50 ms', r.floor?.incrementalReparse.p95Ms < 50, 'ms'),
    goal('check 1,000 ÷ markdownlint-cli2', r.check?.ratio, '≤ 0.5', r.check?.ratio <= 0.5, 'x'),
    goal('check --cache rerun ÷ cold check', cacheRatio, '< 0.05', cacheRatio < 0.05, 'x'),
    goal('aggregate 10,000 ÷ check 10,000, CPU time (median of pairs)', r.archive?.cpuRatio, '≤ 1.25', r.archive?.cpuRatio <= 1.25, 'x'),
    goal('server RSS, 10,000 sessions indexed', r.server?.rssMb, '≤ 300 MB', r.server?.rssMb <= 300, 'MB'),
    goal('first diagnostics after start, 10,000 sessions', r.server?.firstDiagnosticsFromStartMs, '≤ 1000 ms', r.server?.firstDiagnosticsFromStartMs <= 1000, 'ms'),
    goal('server RSS after the views, 10,000 sessions', r.views?.nextStepsSecond.rssMb, '≤ 300 MB', r.views?.nextStepsSecond.rssMb <= 300, 'MB'),
    goal('unrelated request while a hostile protocol is open, worst answer', hostileWorst, '≤ 2000 ms', hostileWorst <= 2000, 'ms'),
    goal('.vsix size', r.web?.vsixKb, '≤ 400 KB', r.web?.vsixKb <= 400, 'KB'),
  ];
}

function printTable(r) {
  const rows = [['measurement', 'value']];
  const ms = (v) => (v === undefined ? '–' : `${Math.round(v)} ms`);
  if (r.floor) {
    rows.push(['full parse, 5,000-line protocol (median of 7)', ms(r.floor.fullParse5000.medianMs)]);
    rows.push(['incremental reparse per edit p50 / p95', `${ms(r.floor.incrementalReparse.p50Ms)} / ${ms(r.floor.incrementalReparse.p95Ms)}`]);
    rows.push([`parse ${r.floor.corpusParse.files} protocols, one thread`, `${ms(r.floor.corpusParse.ms)} (${r.floor.corpusParse.megabytesPerSecond.toFixed(2)} MB/s)`]);
  }
  if (r.keystroke) {
    const k = r.keystroke;
    rows.push(['keystroke → diagnostics over LSP p50 / p95 / max', `${ms(k.p50Ms)} / ${ms(k.p95Ms)} / ${ms(k.maxMs)}`]);
    if (k.kindChange) rows.push(['… kind changes (item ↔ paragraph) p50 / p95 / max', `${ms(k.kindChange.p50Ms)} / ${ms(k.kindChange.p95Ms)} / ${ms(k.kindChange.maxMs)}`]);
  }
  if (r.check) rows.push(['check 1,000 vs markdownlint-cli2 (medians)', `${ms(r.check.checkMedianMs)} vs ${ms(r.check.markdownlintMedianMs)}`]);
  if (r.cache) rows.push(['check --cache: cold / rerun after one change', `${ms(r.cache.coldWithCacheMs)} / ${ms(r.cache.rerunMedianMs)}`]);
  if (r.archive) {
    rows.push(['10,000 sessions: check / aggregate, wall (medians)', `${ms(r.archive.checkMedianMs)} / ${ms(r.archive.aggregateMedianMs)}`]);
    rows.push(['10,000 sessions: check / aggregate, CPU (medians)', `${ms(median(r.archive.checkCpuMs))} / ${ms(median(r.archive.aggregateCpuMs))}`]);
    rows.push(['10,000 sessions: aggregate ÷ check, CPU per pair', r.archive.cpuPairRatios.map((x) => x.toFixed(2)).join(' / ')]);
    rows.push(['10,000 sessions: aggregate ÷ check, wall per pair (no goal)', `${r.archive.pairRatios.map((x) => x.toFixed(2)).join(' / ')} (median ${r.archive.ratio.toFixed(2)})`]);
  }
  if (r.server) {
    rows.push(['10,000: first diagnostics from start / from open', `${ms(r.server.firstDiagnosticsFromStartMs)} / ${ms(r.server.firstDiagnosticsFromOpenMs)}`]);
    rows.push(['10,000: index complete after start', ms(r.server.indexedAtFromStartMs)]);
    if (r.server.editsDuringIndex)
      rows.push([
        '10,000: edit → diagnostics while indexing p50 / p95 / max',
        `${ms(r.server.editsDuringIndex.p50Ms)} / ${ms(r.server.editsDuringIndex.p95Ms)} / ${ms(r.server.editsDuringIndex.maxMs)}`,
      ]);
    if (r.server.requestsDuringIndex)
      rows.push([
        '10,000: documentSymbol while indexing p50 / p95 / max',
        `${ms(r.server.requestsDuringIndex.p50Ms)} / ${ms(r.server.requestsDuringIndex.p95Ms)} / ${ms(r.server.requestsDuringIndex.maxMs)}`,
      ]);
    rows.push(['10,000: server RSS / peak RSS after indexing', `${r.server.rssMb.toFixed(0)} MB / ${r.server.peakRssMb.toFixed(0)} MB`]);
  }
  if (r.hostile) {
    for (const h of r.hostile) {
      rows.push([`hostile: ${h.name}: worst unrelated answer / own diagnostics`, `${ms(h.worstAnswerMs)} / ${ms(h.diagnosticsMs)} (${h.codes.join(', ') || 'none'})`]);
      rows.push([`hostile: ${h.name}: RSS before / open / after close`, `${h.rssBeforeMb.toFixed(0)} / ${h.rssOpenMb.toFixed(0)} / ${h.rssAfterCloseMb.toFixed(0)} MB`]);
    }
  }
  if (r.views) {
    const v = r.views;
    const mb = (m) => `${m.rssMb.toFixed(0)} MB / ${m.peakRssMb.toFixed(0)} MB`;
    rows.push(['10,000: sessions/list first / second', `${ms(v.sessionsFirst.ms)} / ${ms(v.sessionsSecond.ms)}`]);
    if (v.sessionsFirst.settingsRequests !== undefined) rows.push(['10,000: settings asked by the first sessions/list', String(v.sessionsFirst.settingsRequests)]);
    rows.push(['10,000: nextSteps/list first / second', `${ms(v.nextStepsFirst.ms)} / ${ms(v.nextStepsSecond.ms)}`]);
    rows.push(['10,000: RSS / peak at index ready', mb(v.atIndexReady)]);
    rows.push(['10,000: RSS / peak after sessions/list ×2', mb(v.sessionsSecond)]);
    rows.push(['10,000: RSS / peak after nextSteps/list ×2', mb(v.nextStepsSecond)]);
    if (v.settled) rows.push([`10,000: RSS / peak ${v.settled.afterMs / 1000} s later`, mb(v.settled)]);
  }
  if (r.web) {
    const w = r.web;
    rows.push(['.vsix / npm package (files)', `${w.vsixKb.toFixed(0)} KB / ${w.npmPackageKb.toFixed(0)} KB (${w.npmPackageFiles})`]);
    for (const b of w.bundles) rows.push([`${b.file}: minified / deflated`, `${b.kb.toFixed(0)} KB / ${b.deflatedKb.toFixed(0)} KB`]);
    if (w.workerFirstDiagnostics.medianMs !== undefined) rows.push(['Web Worker: new Worker → first diagnostics (median)', ms(w.workerFirstDiagnostics.medianMs)]);
    for (const [host, a] of Object.entries(w.activation)) rows.push([`activation in the editor, ${host} extension host`, a.activationMs === undefined ? a.skipped : ms(a.activationMs)]);
  }
  const width = Math.max(...rows.map((row) => row[0].length));
  console.log(`\n${rows.map(([a, b]) => `${a.padEnd(width)}  ${b}`).join('\n')}\n`);
  for (const g of r.goals.filter((g) => g.holds !== undefined)) console.log(`${g.holds ? 'PASS' : 'FAIL'}  ${g.name}: ${g.value}${g.unit === 'x' ? '' : ` ${g.unit}`} (goal ${g.target})`);
}
