'use strict';
// A terminal resized under a running program: SIGWINCH makes stdout and
// stderr re-read their size and emit 'resize' with the new columns/rows.
const common = require('../common');
const assert = require('assert');
const { hasPty, runInPty, selfCommand } = require('../common/pty');

if (process.argv[2] === 'child') {
  const { execFileSync } = require('child_process');
  const { stdout, stderr } = process;
  const seen = [];
  // Signal watchers do not keep a process alive: this does, until 'resize'.
  const keepAlive = setInterval(() => {}, 1000);
  function onResize(name, stream) {
    seen.push([name, stream.columns, stream.rows]);
    if (seen.length < 2) return;
    clearInterval(keepAlive);
    console.log(`REPORT${JSON.stringify({
      seen: seen.sort(), windowSize: stdout.getWindowSize(),
    })}END`);
  }
  stdout.on('resize', () => onResize('stdout', stdout));
  stderr.on('resize', () => onResize('stderr', stderr));
  console.log(`START ${stdout.columns}x${stdout.rows}`);
  // stty on our own terminal sets its size: the kernel sends SIGWINCH.
  execFileSync('stty', ['cols', '120', 'rows', '40'], { stdio: 'inherit' });
  return;
}

if (!hasPty()) {
  console.log('1..0 # Skipped: no pseudo-terminal (script) here');
  return;
}

const run = runInPty(selfCommand(__filename, 'child'), { cols: 80, rows: 24 });
run.done.then(common.mustCall(({ code, output }) => {
  assert.strictEqual(code, 0, output);
  assert.match(output, /START 80x24/);
  const report = JSON.parse(/REPORT(.*)END/.exec(output)[1]);
  assert.deepStrictEqual(report, {
    seen: [['stderr', 120, 40], ['stdout', 120, 40]],
    windowSize: [120, 40],
  });
}));
