'use strict';
// fs.WriteStream writes all of each chunk: a short write goes on with the
// rest, EAGAIN tries again, and five tries in a row that write nothing end
// the stream with ERR_SYSTEM_ERROR (as node).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

{
  const file = tmpdir.resolve('short.txt');
  let calls = 0;
  const stream = fs.createWriteStream(file, { fs: {
    open: fs.open,
    close: fs.close,
    write(fd, buffer, offset, length, position, cb) {
      calls++;
      if (calls === 2) {
        cb(Object.assign(new Error('try again'), { code: 'EAGAIN' }), 0,
           buffer);
        return;
      }
      // Two bytes at most per call.
      fs.write(fd, buffer, offset, Math.min(length, 2), position, cb);
    },
  } });
  stream.end('hello');
  stream.on('error', common.mustNotCall());
  stream.on('close', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello');
    assert.strictEqual(stream.bytesWritten, 5);
    assert.strictEqual(calls, 4);
  }));
}

{
  let calls = 0;
  const stream = fs.createWriteStream(tmpdir.resolve('stuck.txt'), { fs: {
    open: fs.open,
    close: fs.close,
    write(fd, buffer, offset, length, position, cb) {
      calls++;
      cb(Object.assign(new Error('try again'), { code: 'EAGAIN' }), 0, buffer);
    },
  } });
  stream.end('x');
  stream.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
    assert.strictEqual(calls, 6);
  }));
}
