'use strict';
// fs.read(fd, buffer, offset, length, position, cb), (fd, buffer, options,
// cb), (fd, options, cb) and (fd, cb): each calls back with
// (err, bytesRead, buffer).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('read.txt');
fs.writeFileSync(file, 'hello world');
const fd = fs.openSync(file, 'r');

const positional = Buffer.alloc(5);
fs.read(fd, positional, 0, 5, 6, common.mustSucceed((bytesRead, buffer) => {
  assert.strictEqual(bytesRead, 5);
  assert.strictEqual(buffer, positional);
  assert.strictEqual(buffer.toString(), 'world');

  const withOptions = Buffer.alloc(8);
  fs.read(fd, withOptions, { offset: 2, length: 3, position: 0 },
          common.mustSucceed((bytesRead, buffer) => {
            assert.strictEqual(bytesRead, 3);
            assert.strictEqual(buffer, withOptions);
            assert.strictEqual(buffer.toString('latin1', 2, 5), 'hel');

            const own = Buffer.alloc(4);
            fs.read(fd, { buffer: own, position: 1 },
                    common.mustSucceed((bytesRead, buffer) => {
                      assert.strictEqual(bytesRead, 4);
                      assert.strictEqual(buffer, own);
                      assert.strictEqual(buffer.toString(), 'ello');

                      // No buffer at all: a 16 KiB one is made, read from
                      // the current position (0 here).
                      fs.read(fd, common.mustSucceed((bytesRead, buffer) => {
                        assert.strictEqual(bytesRead, 11);
                        assert.strictEqual(buffer.length, 16384);
                        assert.strictEqual(buffer.toString('latin1', 0, 11),
                                           'hello world');
                        fs.closeSync(fd);
                      }));
                    }));
          }));
}));

// util.promisify(fs.read) resolves to { bytesRead, buffer }.
const util = require('util');
const fd2 = fs.openSync(file, 'r');
util.promisify(fs.read)(fd2, Buffer.alloc(5), 0, 5, 0)
  .then(common.mustCall((result) => {
    assert.strictEqual(result.bytesRead, 5);
    assert.strictEqual(result.buffer.toString(), 'hello');
    fs.closeSync(fd2);
  }));
