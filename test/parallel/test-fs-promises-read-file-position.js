'use strict';
// readFile on a FileHandle reads from the handle's current position;
// writeFile on a handle writes at it (no truncation).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('pos.txt');
fs.writeFileSync(file, '0123456789');

(async () => {
  const handle = await fs.promises.open(file, 'r+');
  await handle.read(Buffer.alloc(3), 0, 3, null);
  assert.strictEqual(await fs.promises.readFile(handle, 'utf8'), '3456789');
  assert.strictEqual((await handle.readFile()).length, 0);
  await handle.close();

  const writer = await fs.promises.open(file, 'r+');
  await fs.promises.writeFile(writer, 'ab');
  await writer.close();
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'ab23456789');
})().then(common.mustCall());
