'use strict';
// An ESC that ends a chunk may start a sequence: it becomes the Escape key
// only if nothing follows within escapeCodeTimeout; if more comes in time,
// it is part of the sequence. Decoding starts only once someone listens
// to 'keypress', and a listener that throws does not break the decoder.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const EventEmitter = require('events');
const { PassThrough } = require('stream');

{
  const stream = new PassThrough();
  readline.emitKeypressEvents(stream, { escapeCodeTimeout: 50 });
  assert.strictEqual(stream.listenerCount('data'), 0);
  const keys = [];
  stream.on('keypress', (str, key) => keys.push([str, key.name, key.meta]));
  assert.strictEqual(stream.listenerCount('data'), 1);

  stream.write('a\x1b');
  assert.deepStrictEqual(keys, [['a', 'a', false]]);
  setTimeout(common.mustCall(() => {
    assert.deepStrictEqual(keys, [['a', 'a', false],
                                  [undefined, 'escape', true]]);
    keys.length = 0;
    stream.write('\x1b');
    stream.write('[B'); // in time: one Down key
    assert.deepStrictEqual(keys, [[undefined, 'down', false]]);
  }), 200);
}

{
  // Any emitter of 'data' will do.
  const stream = new EventEmitter();
  readline.emitKeypressEvents(stream);
  const keys = [];
  stream.on('keypress', (str) => {
    keys.push(str);
    if (str === '!') throw new Error('listener failed');
  });
  assert.throws(() => stream.emit('data', Buffer.from('a!b')),
                { message: 'listener failed' });
  stream.emit('data', 'c');
  assert.deepStrictEqual(keys, ['a', '!', 'c']);
}
