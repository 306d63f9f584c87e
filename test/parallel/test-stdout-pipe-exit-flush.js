'use strict';
// Writes to a stdout pipe are asynchronous (node on POSIX): a write bigger
// than the pipe holds returns false and waits in the queue. A process that
// ends normally writes all of it. On process.exit() or an uncaught error
// node drops what is still queued; nodus writes it out first, so a program
// never loses output that way (a deliberate difference: under node this
// test only checks that what arrives is a prefix of what was written).
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const size = 1e6;
const big = 'x'.repeat(size);

if (process.argv[2] === 'child') {
  const ok = process.stdout.write(big);
  process.stderr.write(`returned ${ok} ${process.stdout.writableLength}\n`);
  console.log('tail');
  switch (process.argv[3]) {
    case 'exit':
      process.exit(0);
      break;
    case 'throw':
      throw new Error('after writing');
    case 'exit-event':
      process.on('exit', () => console.log('from exit'));
      break;
  }
  return;
}

const isNodus = process.versions.nodus !== undefined;

function run(how, { complete, tail, status }) {
  // The parent reads only after the child wrote, so the pipe fills up.
  const child = spawn(process.execPath, [__filename, 'child', how]);
  let out = '';
  let err = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => { err += d; });
  child.stdout.pause();
  child.stderr.once('data', common.mustCall(() => {
    child.stdout.setEncoding('latin1');
    child.stdout.on('data', (d) => { out += d; });
    child.stdout.resume();
  }));
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, status, err);
    assert.match(err, /^returned false 1000000\n/);
    const expected = big + tail;
    if (complete || isNodus) {
      assert.strictEqual(out.length, expected.length);
      assert.strictEqual(out, expected);
    } else {
      assert.strictEqual(out, expected.slice(0, out.length));
    }
  }));
}

run('end', { complete: true, tail: 'tail\n', status: 0 });
run('exit-event', { complete: false, tail: 'tail\nfrom exit\n', status: 0 });
run('exit', { complete: false, tail: 'tail\n', status: 0 });
run('throw', { complete: false, tail: 'tail\n', status: 1 });
