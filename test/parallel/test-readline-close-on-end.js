'use strict';
// The end of the input closes the interface: 'pause' then 'close' (once),
// rl.closed and rl.paused become true and the interface stops listening
// to the input. close() again does nothing.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
assert.strictEqual(input.listenerCount('data'), 1);
assert.strictEqual(input.listenerCount('end'), 1);
assert.strictEqual(input.listenerCount('error'), 1);
assert.strictEqual(rl.closed, undefined);

const events = [];
rl.on('line', (line) => events.push(`line ${line}`));
rl.on('pause', () => events.push('pause'));
rl.on('close', common.mustCall(() => {
  events.push('close');
  assert.strictEqual(rl.closed, true);
  assert.strictEqual(rl.paused, true);
  assert.strictEqual(input.listenerCount('data'), 0);
  assert.strictEqual(input.listenerCount('end'), 0);
  assert.strictEqual(input.listenerCount('error'), 0);
  rl.close();
  assert.deepStrictEqual(events, ['line a', 'line b', 'pause', 'close']);
}));
input.end('a\nb');
