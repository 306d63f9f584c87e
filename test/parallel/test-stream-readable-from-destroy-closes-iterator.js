'use strict';
// Destroying a Readable.from() stream closes the generator: its finally
// block runs, and with an error the generator sees it thrown first.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
function* plain() {
  try {
    yield 1;
    yield 2;
  } finally {
    log.push('plain finally');
  }
}
const r = Readable.from(plain());
r.once('data', common.mustCall(() => r.destroy()));
r.on('close', common.mustCall(() => {
  assert.deepStrictEqual(log, ['plain finally']);
}));

const seen = [];
function* catching() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } catch (err) {
    seen.push(err.message);
  } finally {
    seen.push('finally');
  }
}
const r2 = Readable.from(catching());
r2.once('data', () => r2.destroy(new Error('stop')));
r2.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'stop');
  assert.deepStrictEqual(seen, ['stop', 'finally']);
}));
