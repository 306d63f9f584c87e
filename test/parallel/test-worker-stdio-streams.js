'use strict';
// { stdout: true, stderr: true }: the worker's output is not written to the
// parent's stdio but is readable from worker.stdout / worker.stderr, in order,
// with 'end' when the worker ends. { stdin: true }: worker.stdin is a
// writable stream read by process.stdin in the worker. Without the options
// worker.stdin is null and worker.stdout/stderr are still readable streams.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');
const { Worker } = require('worker_threads');

const w = new Worker(`
  console.log('out 1');
  process.stdout.write('out 2\\n');
  console.error('err 1');
  process.stderr.write('err 2\\n');
`, { eval: true, stdout: true, stderr: true });
assert.ok(w.stdout instanceof Readable);
assert.ok(w.stderr instanceof Readable);
assert.strictEqual(w.stdin, null);

let out = '';
let err = '';
w.stdout.setEncoding('utf8');
w.stderr.setEncoding('utf8');
w.stdout.on('data', (d) => { out += d; });
w.stderr.on('data', (d) => { err += d; });
w.stdout.on('end', common.mustCall(() => {
  assert.strictEqual(out, 'out 1\nout 2\n');
}));
w.stderr.on('end', common.mustCall(() => {
  assert.strictEqual(err, 'err 1\nerr 2\n');
}));
w.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  stdin();
}));

function stdin() {
  const w = new Worker(`
    let data = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (d) => { data += d; });
    process.stdin.on('end', () => {
      require('worker_threads').parentPort.postMessage(data.toUpperCase());
    });
  `, { eval: true, stdin: true });
  assert.ok(w.stdin instanceof Writable);
  w.on('message', common.mustCall((m) => {
    assert.strictEqual(m, 'HELLO\nWORKER STDIN\n');
  }));
  w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
  w.stdin.write('hello\n');
  w.stdin.end('worker stdin\n');
}
