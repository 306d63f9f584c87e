'use strict';
// fs.promises.writeFile also takes iterables and async iterables of
// strings and buffers (streams among them), written in order.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { Readable } = require('stream');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('iterable.txt');

async function* generate() {
  yield 'a';
  yield Buffer.from('b');
  yield new Uint8Array([99]);
}

(async () => {
  await fs.promises.writeFile(file, ['x', 'y', Buffer.from('z')]);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'xyz');

  await fs.promises.writeFile(file, generate());
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abc');

  await fs.promises.writeFile(file, Readable.from(['1', '2', '3']));
  assert.strictEqual(fs.readFileSync(file, 'utf8'), '123');

  await fs.promises.writeFile(file, ['68', '69'], 'hex');
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hi');

  await fs.promises.writeFile(file, new Set(['s', 'e', 't']));
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'set');

  await assert.rejects(fs.promises.writeFile(file, 5), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
  // A chunk that is neither a string nor bytes fails the write.
  await assert.rejects(fs.promises.writeFile(file, [1]), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
})().then(common.mustCall());
