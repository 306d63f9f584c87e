'use strict';
// FileHandle.createReadStream / createWriteStream use the handle's fd; when
// the stream closes, so does the handle.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('stream.txt');
fs.writeFileSync(file, 'abcdefghij');

(async () => {
  const reader = await fs.promises.open(file);
  const stream = reader.createReadStream({ start: 2, end: 5 });
  assert.ok(stream instanceof fs.ReadStream);
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => { text += chunk; });
  await new Promise((resolve) => stream.on('close', resolve));
  assert.strictEqual(text, 'cdef');
  assert.strictEqual(reader.fd, -1);

  const writer = await fs.promises.open(tmpdir.resolve('out.txt'), 'w');
  const out = writer.createWriteStream();
  assert.ok(out instanceof fs.WriteStream);
  out.end('written through a handle');
  await new Promise((resolve) => out.on('close', resolve));
  assert.strictEqual(writer.fd, -1);
  assert.strictEqual(fs.readFileSync(tmpdir.resolve('out.txt'), 'utf8'),
                     'written through a handle');

  // Closing the handle closes the stream.
  const shared = await fs.promises.open(file);
  const s2 = shared.createReadStream();
  const closed = new Promise((resolve) => s2.on('close', resolve));
  await shared.close();
  await closed;
  assert.strictEqual(s2.destroyed, true);
})().then(common.mustCall());
