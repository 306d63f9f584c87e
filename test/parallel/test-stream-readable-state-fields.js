'use strict';
// _readableState exposes node's fields (flowing, ended, reading, length,
// pipes, buffer...) and prints like node's.
require('../common');
const assert = require('assert');
const util = require('util');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
const state = r._readableState;
assert.strictEqual(state.flowing, null);
assert.strictEqual(state.ended, false);
assert.strictEqual(state.objectMode, false);
assert.strictEqual(state.highWaterMark, 16384);
assert.strictEqual(state.length, 0);
assert.deepStrictEqual(state.pipes, []);
assert.strictEqual(state.constructed, true);
assert.strictEqual(state.emitClose, true);
assert.strictEqual(state.autoDestroy, true);
assert.strictEqual(state.defaultEncoding, 'utf8');
assert.strictEqual(state.decoder, null);
assert.strictEqual(state.encoding, null);
assert.strictEqual(state.errored, null);
assert.ok(state instanceof Readable.ReadableState);

assert.strictEqual(util.inspect(state),
                   'ReadableState {\n' +
                   '  highWaterMark: 16384,\n' +
                   '  buffer: [],\n' +
                   '  bufferIndex: 0,\n' +
                   '  length: 0,\n' +
                   '  pipes: [],\n' +
                   '  awaitDrainWriters: null,\n' +
                   '  [Symbol(kState)]: 1052940\n' +
                   '}');

r.push('ab');
r.push(null);
assert.strictEqual(state.ended, true);
assert.strictEqual(state.length, 2);
r.resume();
assert.strictEqual(state.flowing, true);
