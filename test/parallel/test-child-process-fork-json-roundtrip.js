'use strict';
// fork with the default 'json' serialization: messages go both ways in
// order, the child sees process.connected and process.send, and
// disconnect() in the child ends the channel ('disconnect' before 'exit').
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  assert.strictEqual(process.connected, true);
  assert.strictEqual(typeof process.send, 'function');
  assert.strictEqual(process.env.NODE_CHANNEL_FD, undefined);
  process.on('message', (message) => {
    if (message === 'done') {
      process.disconnect();
      assert.strictEqual(process.connected, false);
      return;
    }
    process.send({ echo: message, n: message.n + 1 });
  });
  return;
}

const child = fork(__filename, ['child']);
assert.strictEqual(child.connected, true);
const events = [];
const replies = [];
child.on('message', (message) => {
  replies.push(message);
  if (replies.length === 3) child.send('done');
});
for (let n = 0; n < 3; n++) {
  child.send({ n, text: 'héllo', list: [1, null, true] });
}
child.on('disconnect', common.mustCall(() => {
  events.push('disconnect');
  assert.strictEqual(child.connected, false);
}));
child.on('exit', common.mustCall((code) => {
  events.push('exit');
  assert.strictEqual(code, 0);
}));
child.on('close', common.mustCall(() => {
  assert.deepStrictEqual(events, ['disconnect', 'exit']);
  assert.deepStrictEqual(replies.map((r) => r.n), [1, 2, 3]);
  assert.deepStrictEqual(replies[0].echo,
                         { n: 0, text: 'héllo', list: [1, null, true] });
}));
