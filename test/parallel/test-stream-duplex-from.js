'use strict';
// Duplex.from() turns async generator functions, iterables, promises,
// streams and { readable, writable } pairs into a Duplex.
const common = require('../common');
const assert = require('assert');
const { Duplex, PassThrough, Readable, Writable } = require('stream');

(async () => {
  const gen = Duplex.from(async function* (source) {
    for await (const chunk of source) yield `<${chunk}>`;
  });
  gen.write('a');
  gen.end('b');
  assert.deepStrictEqual(await gen.toArray(), ['<a>', '<b>']);

  const it = Duplex.from([1, 2]);
  assert.strictEqual(it.writable, false);
  assert.deepStrictEqual(await it.toArray(), [1, 2]);

  assert.deepStrictEqual(await Duplex.from(Promise.resolve('p')).toArray(), ['p']);

  const pt = new PassThrough();
  assert.strictEqual(Duplex.from(pt), pt);

  const written = [];
  const pair = Duplex.from({
    readable: Readable.from(['r']),
    writable: new Writable({
      write(c, e, cb) { written.push(c.toString()); cb(); },
    }),
  });
  pair.end('w');
  assert.deepStrictEqual(await pair.toArray(), ['r']);
  assert.deepStrictEqual(written, ['w']);

  assert.throws(() => Duplex.from(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "body" argument must be of type function or an instance of ' +
             'Blob, ReadableStream, WritableStream, Stream, Iterable, ' +
             'AsyncIterable, or Promise or { readable, writable } pair. ' +
             'Received type number (5)',
  });
})().then(common.mustCall());
