'use strict';
// fs throughput: writeFile/readFile of 1 MiB files (sync, callback and
// promise forms), many small stat calls, and a 64 MiB createReadStream.
// Scratch files live in $NODUS_BENCH_FIXTURES (or the OS temp dir).
const fs = require('fs');
const os = require('os');
const path = require('path');

const base = process.env.NODUS_BENCH_FIXTURES || os.tmpdir();
const dir = fs.mkdtempSync(path.join(base, 'fs-bench-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const MiB = 1024 * 1024;
const chunk = Buffer.alloc(MiB, 'x');
// 1 MiB files written and read back per form.
const kRounds = 30;

function syncFiles() {
  let total = 0;
  for (let i = 0; i < kRounds; i++) {
    const file = path.join(dir, `sync-${i % 8}`);
    fs.writeFileSync(file, chunk);
    total += fs.readFileSync(file).length;
  }
  if (total !== kRounds * MiB) throw new Error(`sync read ${total}`);
}

function callbackFiles(done) {
  let left = kRounds;
  let total = 0;
  const next = () => {
    const file = path.join(dir, `cb-${left % 8}`);
    fs.writeFile(file, chunk, (err) => {
      if (err) throw err;
      fs.readFile(file, (err, data) => {
        if (err) throw err;
        total += data.length;
        if (--left > 0) return next();
        if (total !== kRounds * MiB) throw new Error(`callback read ${total}`);
        done();
      });
    });
  };
  next();
}

async function promiseFiles() {
  let total = 0;
  for (let i = 0; i < kRounds; i++) {
    const file = path.join(dir, `p-${i % 8}`);
    await fs.promises.writeFile(file, chunk);
    total += (await fs.promises.readFile(file, 'latin1')).length;
  }
  if (total !== kRounds * MiB) throw new Error(`promise read ${total}`);
}

function smallStats(done) {
  let files = 0;
  for (let i = 0; i < 20000; i++) {
    if (fs.statSync(__filename).isFile()) files++;
  }
  let pending = 10000;
  for (let i = 0; i < 10000; i++) {
    fs.stat(__filename, (err, stats) => {
      if (err) throw err;
      if (stats.isFile()) files++;
      if (--pending === 0) {
        if (files !== 30000) throw new Error(`stat ${files}`);
        done();
      }
    });
  }
}

function bigStream(done) {
  const file = path.join(dir, 'big');
  const fd = fs.openSync(file, 'w');
  for (let i = 0; i < 64; i++) fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  let bytes = 0;
  fs.createReadStream(file)
    .on('data', (data) => { bytes += data.length; })
    .on('close', () => {
      if (bytes !== 64 * MiB) throw new Error(`stream read ${bytes}`);
      done();
    });
}

const started = process.hrtime.bigint();
syncFiles();
callbackFiles(() => {
  promiseFiles().then(() => smallStats(() => bigStream(() => {
    if (process.env.BENCH_SUMMARY) {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      console.log(`fs-read-write: ${ms.toFixed(0)} ms`);
    }
  })));
});
