'use strict';
// FileHandle read / write / readv / writev / stat / truncate / readFile /
// writeFile / appendFile: results are null-prototype objects naming what
// was done.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('handle.txt');

(async () => {
  const handle = await fs.promises.open(file, 'w+');
  const written = await handle.write('hello world');
  assert.strictEqual(Object.getPrototypeOf(written), null);
  assert.deepStrictEqual({ ...written }, { bytesWritten: 11, buffer: 'hello world' });
  const data = Buffer.from('HW');
  assert.strictEqual((await handle.write(data, 0, 1, 0)).bytesWritten, 1);
  assert.strictEqual((await handle.write(data, { offset: 1, position: 6 }))
    .bytesWritten, 1);

  const read = await handle.read(Buffer.alloc(11), 0, 11, 0);
  assert.strictEqual(Object.getPrototypeOf(read), null);
  assert.strictEqual(read.bytesRead, 11);
  assert.strictEqual(read.buffer.toString(), 'Hello World');
  const defaults = await handle.read({ position: 6 });
  assert.strictEqual(defaults.buffer.length, 16384);
  assert.strictEqual(defaults.buffer.toString('utf8', 0, defaults.bytesRead),
                     'World');
  const withOptions = await handle.read(Buffer.alloc(3), { position: 1 });
  assert.strictEqual(withOptions.buffer.toString(), 'ell');

  const vec = await handle.writev([Buffer.from('!'), Buffer.from('?')], 11);
  assert.strictEqual(vec.bytesWritten, 2);
  const parts = [Buffer.alloc(5), Buffer.alloc(8)];
  const readv = await handle.readv(parts, 0);
  assert.strictEqual(readv.bytesRead, 13);
  assert.strictEqual(readv.buffers, parts);
  assert.strictEqual(Buffer.concat(parts).toString(), 'Hello World!?');

  assert.strictEqual((await handle.stat()).size, 13);
  assert.strictEqual((await handle.stat({ bigint: true })).size, 13n);
  await handle.truncate(5);
  assert.strictEqual(await handle.readFile('utf8'), '');  // position is at 13
  await handle.close();

  const again = await fs.promises.open(file, 'r+');
  assert.strictEqual(await again.readFile({ encoding: 'utf8' }), 'Hello');
  await again.writeFile(' there');
  await again.appendFile('!');
  await again.sync();
  await again.datasync();
  await again.close();
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'Hello there!');

  await assert.rejects(fs.promises.open(file).then(async (h) => {
    try {
      await h.read(Buffer.alloc(4), 5);
    } finally {
      await h.close();
    }
  }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "length" is out of range. It must be >= 0. ' +
             'Received -1',
  });
})().then(common.mustCall());
