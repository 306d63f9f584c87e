// bench-runs: 3
'use strict';
// Node's own tests under this runtime, with the same runner for both
// (tools/node-suite/run, -j2): every 20th test of test/node-suite/passing.txt,
// about a hundred scripts, each started as its own process. Start-up and
// bootstrap dominate, as in `make test`. The tree comes from `make node-suite`.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const names = fs.readFileSync(path.join(root, 'test/node-suite/passing.txt'),
                              'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'));
const sample = names.filter((_, i) => i % 20 === 0);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-bench-suite-'));
const list = path.join(dir, 'sample.txt');
fs.writeFileSync(list, sample.join('\n') + '\n');
try {
  const r = spawnSync('python3', [
    path.join(root, 'tools/node-suite/run'), '-j2', '-q', '--retry',
    '-b', process.execPath, '-l', list,
  ], { encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`node-suite run exited ${r.status}:\n` +
                    `${r.stdout.slice(-800)}${r.stderr.slice(-800)}`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
