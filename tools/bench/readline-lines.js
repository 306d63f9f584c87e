'use strict';
// readline throughput: counts the lines of a generated ~200 MiB text file
// with `for await (const line of readline.createInterface({ input }))`.
// The file is made once in $NODUS_BENCH_FIXTURES (or out/bench-fixtures).
const fs = require('fs');
const path = require('path');
const readline = require('readline');

const dir = process.env.NODUS_BENCH_FIXTURES ||
  path.join(__dirname, '..', '..', 'out', 'bench-fixtures');
const file = path.join(dir, 'readline-lines-200m.txt');
const kBlocks = 200;

// One 1 MiB block of lines of varied lengths (0 to 159 characters, some
// non-ASCII); the file is that block kBlocks times.
function makeBlock() {
  const lines = [];
  let size = 0;
  let seed = 7;
  for (;;) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const len = seed % 160;
    let line = '';
    for (let i = 0; i < len; i++) {
      const c = (seed >> (i % 16)) + i;
      line += c % 97 === 0 ? 'é' : String.fromCharCode(32 + (c % 95));
    }
    const bytes = Buffer.byteLength(line) + 1;
    if (size + bytes > 1024 * 1024) break;
    lines.push(line);
    size += bytes;
  }
  const text = lines.join('\n') + '\n';
  return { block: Buffer.from(text), lines: lines.length };
}

const { block, lines: linesPerBlock } = makeBlock();
const expected = linesPerBlock * kBlocks;

function ensureFile() {
  try {
    if (fs.statSync(file).size === block.length * kBlocks) return;
  } catch {
    // Missing: made below.
  }
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  for (let i = 0; i < kBlocks; i++) fs.writeSync(fd, block);
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
}

async function main() {
  ensureFile();
  const started = process.hrtime.bigint();
  let count = 0;
  const rl = readline.createInterface({ input: fs.createReadStream(file) });
  // eslint-disable-next-line no-unused-vars
  for await (const line of rl) count++;
  if (count !== expected) throw new Error(`counted ${count}, want ${expected}`);
  if (process.env.BENCH_SUMMARY) {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`readline-lines: ${count} lines in ${ms.toFixed(0)} ms`);
  }
}

main();
