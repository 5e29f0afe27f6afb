// Parse-only floor, in one thread without IO or LSP: full parses, the incremental reparse per keystroke, and a whole corpus.
import { readFileSync } from 'node:fs';
import { parseSession, PieceCache } from '../server/src/core';
// @ts-expect-error plain ES module of the bench, typed by use
import { applyChange, keystrokes } from './edits.mjs';

interface Change {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

const [, , bigFile, listFile, edits] = process.argv;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const big = readFileSync(bigFile, 'utf8');
const full = Array.from({ length: 7 }, () => time(() => parseSession(big, 'file:///big.session.md')));

const cache = new PieceCache();
parseSession(big, 'file:///big.session.md', cache);
let doc = big;
const incremental = (keystrokes(big, Number(edits)) as Change[]).map((change) => {
  doc = applyChange(doc, change);
  return time(() => parseSession(doc, 'file:///big.session.md', cache));
});

const paths = readFileSync(listFile, 'utf8').trim().split('\n');
const texts = paths.map((p) => readFileSync(p, 'utf8'));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const corpus = time(() => texts.forEach((t, i) => parseSession(t, `file://${paths[i]}`)));

process.stdout.write(
  JSON.stringify({
    fullParse5000: { medianMs: median(full), bytes: Buffer.byteLength(big), lines: big.split('\n').length },
    incrementalReparse: { p50Ms: percentile(incremental, 50), p95Ms: percentile(incremental, 95), maxMs: Math.max(...incremental), edits: incremental.length },
    corpusParse: { files: texts.length, megabytes: bytes / 1e6, ms: corpus, megabytesPerSecond: bytes / 1e6 / (corpus / 1000) },
  }),
);
