'use strict';
// process.stdin on a terminal in its normal (canonical) mode: reading
// starts with a 'data' listener, the terminal hands over whole lines,
// Ctrl+D on an empty line is the end of input.
const common = require('../common');
const assert = require('assert');
const { hasPty, runInPty, selfCommand } = require('../common/pty');

if (process.argv[2] === 'child') {
  const chunks = [];
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => {
    chunks.push(chunk);
    console.log(`GOT ${chunks.length}`);
  });
  process.stdin.on('end', () => {
    console.log(`REPORT${JSON.stringify(chunks)}END`);
  });
  console.log('READY');
  return;
}

if (!hasPty()) {
  console.log('1..0 # Skipped: no pseudo-terminal (script) here');
  return;
}

const run = runInPty(selfCommand(__filename, 'child'));
(async () => {
  await run.waitFor('READY');
  run.write('hello\r');
  await run.waitFor('GOT 1');
  run.write('wor');
  run.write('ld\r');
  await run.waitFor('GOT 2');
  run.write('\x04');
})().then(common.mustCall());

run.done.then(common.mustCall(({ code, output }) => {
  assert.strictEqual(code, 0, output);
  const chunks = JSON.parse(/REPORT(.*)END/.exec(output)[1]);
  assert.deepStrictEqual(chunks, ['hello\n', 'world\n']);
}));
