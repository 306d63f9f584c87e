'use strict';
// WriteStream.close(cb) ends the stream (data written first) and calls cb
// on 'close'; with autoClose false, 'finish' leaves the fd open.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('close.txt');

const stream = fs.createWriteStream(file);
stream.write('pending data');
stream.close(common.mustCall(() => {
  assert.strictEqual(stream.closed, true);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'pending data');
  // Closing a closed stream calls back on a later tick.
  stream.close(common.mustCall());
}));

const kept = fs.createWriteStream(tmpdir.resolve('kept.txt'),
                                  { autoClose: false });
kept.end('x');
kept.on('finish', common.mustCall(() => {
  assert.strictEqual(typeof kept.fd, 'number');
  assert.strictEqual(kept.destroyed, false);
  kept.destroy();
}));
kept.on('close', common.mustCall(() => {
  assert.strictEqual(kept.fd, null);
}));
