'use strict';
// process.loadEnvFile(path = './.env'): adds what is not set yet, ENOENT
// for a file it cannot open, ERR_INVALID_ARG_TYPE for one it cannot read.
require('../common');
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');

const dir = path.join(__dirname, '..', 'fixtures', 'dotenv');
delete process.env.FIRST;
delete process.env.SHARED;
process.env.SECOND = 'already set';

assert.strictEqual(process.loadEnvFile.length, 0);
assert.strictEqual(process.loadEnvFile(path.join(dir, 'first.env')),
                   undefined);
assert.strictEqual(process.env.FIRST, '1');
assert.strictEqual(process.env.SHARED, 'from-first');
// A second file does not override what the first one set.
process.loadEnvFile(pathToFileURL(path.join(dir, 'second.env')));
assert.strictEqual(process.env.SHARED, 'from-first');
assert.strictEqual(process.env.SECOND, 'already set');
process.loadEnvFile(Buffer.from(path.join(dir, 'crlf.env')));
assert.strictEqual(process.env.CRLF_QUOTED, 'two');

// Without a path it reads ./.env.
const cwd = process.cwd();
process.chdir(dir);
try {
  assert.throws(() => process.loadEnvFile(), {
    code: 'ENOENT', syscall: 'open', path: '.env', errno: -2,
    message: "ENOENT: no such file or directory, open '.env'",
  });
} finally {
  process.chdir(cwd);
}
const missing = path.join(dir, 'missing.env');
assert.throws(() => process.loadEnvFile(missing),
              { code: 'ENOENT', syscall: 'open', path: missing });
assert.throws(() => process.loadEnvFile(dir), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: `Contents of '${dir}' should be a valid string.`,
});
assert.throws(() => process.loadEnvFile(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.loadEnvFile('a\0b'),
              { code: 'ERR_INVALID_ARG_VALUE' });
