'use strict';
// util.inspect() of new streams shows node's fields and shape.
require('../common');
const assert = require('assert');
const util = require('util');
const { Readable, Writable } = require('stream');

assert.strictEqual(util.inspect(new Readable()),
                   'Readable {\n' +
                   '  _events: {\n' +
                   '    close: undefined,\n' +
                   '    error: undefined,\n' +
                   '    data: undefined,\n' +
                   '    end: undefined,\n' +
                   '    readable: undefined\n' +
                   '  },\n' +
                   '  _readableState: ReadableState {\n' +
                   '    highWaterMark: 16384,\n' +
                   '    buffer: [],\n' +
                   '    bufferIndex: 0,\n' +
                   '    length: 0,\n' +
                   '    pipes: [],\n' +
                   '    awaitDrainWriters: null,\n' +
                   '    [Symbol(kState)]: 1052940\n' +
                   '  },\n' +
                   '  _maxListeners: undefined,\n' +
                   '  [Symbol(shapeMode)]: true,\n' +
                   '  [Symbol(kCapture)]: false\n' +
                   '}');
assert.deepStrictEqual(Object.keys(new Writable({ write() {}, final() {} })),
                       ['_events', '_writableState', '_write', '_final', '_maxListeners']);
assert.strictEqual(util.inspect(new Writable()._writableState, { depth: 0 }),
                   'WritableState {\n' +
                   '  highWaterMark: 16384,\n' +
                   '  length: 0,\n' +
                   '  corked: 0,\n' +
                   '  onwrite: [Function: bound onwrite],\n' +
                   '  writelen: 0,\n' +
                   '  bufferedIndex: 0,\n' +
                   '  pendingcb: 0,\n' +
                   '  [Symbol(kState)]: 17580812,\n' +
                   '  [Symbol(kBufferedValue)]: null\n' +
                   '}');
