'use strict';
// The signal option closes the interface when it aborts; an already
// aborted signal closes it on the next tick.
const common = require('../common');
const assert = require('assert');
const { getEventListeners } = require('events');
const readline = require('readline');
const { PassThrough } = require('stream');

{
  const ac = new AbortController();
  const rl = readline.createInterface({
    input: new PassThrough(), signal: ac.signal,
  });
  rl.on('close', common.mustCall());
  assert.strictEqual(rl.closed, undefined);
  ac.abort();
  assert.strictEqual(rl.closed, true);
}
{
  const rl = readline.createInterface({
    input: new PassThrough(), signal: AbortSignal.abort(),
  });
  rl.on('close', common.mustCall(() => {
    assert.strictEqual(rl.closed, true);
  }));
  assert.strictEqual(rl.closed, undefined);
}
{
  // Closing first leaves no listener on the signal.
  const ac = new AbortController();
  const rl = readline.createInterface({
    input: new PassThrough(), signal: ac.signal,
  });
  assert.strictEqual(getEventListeners(ac.signal, 'abort').length, 1);
  rl.on('close', common.mustCall());
  rl.close();
  assert.strictEqual(getEventListeners(ac.signal, 'abort').length, 0);
  ac.abort();
}
