'use strict';
// System errors from libuv error numbers: util.getSystemErrorName(),
// util.getSystemErrorMap(), util._errnoException() and
// util._exceptionWithHostPort().
require('../common');
const assert = require('assert');
const util = require('util');

const map = util.getSystemErrorMap();
const errno = util._errnoException(-2, 'open');
const errnoOriginal = util._errnoException(-32, 'write', 'extra detail');
const hostPort = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 8080);
const hostOnly = util._exceptionWithHostPort(-98, 'listen', '::1');
const local = util._exceptionWithHostPort(-111, 'connect', '10.0.0.1', 80, '10.0.0.2:5000');

assert.strictEqual(util.getSystemErrorName(-2), 'ENOENT');
assert.strictEqual(util.getSystemErrorName(-13), 'EACCES');
assert.strictEqual(util.getSystemErrorName(-17), 'EEXIST');
assert.strictEqual(util.getSystemErrorName(-98), 'EADDRINUSE');
assert.strictEqual(util.getSystemErrorName(-111), 'ECONNREFUSED');
assert.strictEqual(util.getSystemErrorName(-4095), 'EOF');
assert.strictEqual(util.getSystemErrorName(-3008), 'EAI_NONAME');
assert.strictEqual(util.getSystemErrorName(-123456), 'Unknown system error -123456');
assert.strictEqual(map instanceof Map, true);
assert.strictEqual(JSON.stringify(map.get(-2)), '["ENOENT","no such file or directory"]');
assert.strictEqual(JSON.stringify(map.get(-13)), '["EACCES","permission denied"]');
assert.strictEqual(JSON.stringify(map.get(-110)), '["ETIMEDOUT","connection timed out"]');
assert.strictEqual(JSON.stringify(map.get(-4094)), '["UNKNOWN","unknown error"]');
assert.strictEqual(map.get(1), undefined);
assert.strictEqual([...map.keys()].every((key) => Number.isInteger(key) && key < 0), true);
assert.strictEqual(util.getSystemErrorMap() !== map, true);
assert.strictEqual(errno.message, 'open ENOENT');
assert.strictEqual(errno.name, 'Error');
assert.strictEqual(errno.code, 'ENOENT');
assert.strictEqual(errno.errno, -2);
assert.strictEqual(errno.syscall, 'open');
assert.strictEqual(JSON.stringify(Object.keys(errno)), '["errno","code","syscall"]');
assert.strictEqual(errno.constructor === Error, true);
assert.strictEqual(errno.stack, 'Error: open ENOENT');
assert.strictEqual(errnoOriginal.message, 'write EPIPE extra detail');
assert.strictEqual(hostPort.message, 'connect ECONNREFUSED 127.0.0.1:8080');
assert.strictEqual(
  JSON.stringify(hostPort),
  '{"errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"127' +
  '.0.0.1","port":8080}');
assert.strictEqual(hostOnly.message, 'listen EADDRINUSE ::1');
assert.strictEqual('port' in hostOnly, false);
assert.strictEqual(local.message, 'connect ECONNREFUSED 10.0.0.1:80 - Local (10.0.0.2:5000)');
assert.strictEqual(
  util.inspect(Object.assign(errno, { stack: errno.message })),
  "[open ENOENT] { errno: -2, code: 'ENOENT', syscall: 'open' }");
for (const [value, message] of [
  [1, 'The value of "err" is out of range. It must be a negative integer. Received 1'],
  [0, 'The value of "err" is out of range. It must be a negative integer. Received 0'],
  [-1.5, 'The value of "err" is out of range. It must be a negative integer. Received -1.5'],
  [-(2 ** 53), 'The value of "err" is out of range. It must be a negative integer. ' +
    'Received -9_007_199_254_740_992'],
  [-Infinity, 'The value of "err" is out of range. It must be a negative integer. ' +
    'Received -Infinity'],
  [NaN, 'The value of "err" is out of range. It must be a negative integer. Received NaN'],
]) {
  assert.throws(() => util.getSystemErrorName(value), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message,
  });
}
assert.throws(() => util.getSystemErrorName('ENOENT'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "err" argument must be of type number. Received type string (\'ENOENT\')',
});
assert.throws(() => util._errnoException(1, 'open'), { code: 'ERR_OUT_OF_RANGE' });
