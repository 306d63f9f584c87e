'use strict';
// process.stdout/stderr/stdin are chosen by what the fd is: pipes give
// net.Sockets (_type 'pipe'), files a synchronous SyncWriteStream (_type
// 'fs') and an fs.ReadStream for stdin; each is made on first use, through
// an enumerable, configurable getter.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

if (process.argv[2] === 'child') {
  const { stdin, stdout, stderr } = process;
  const describe = (s) => [s.constructor.name, s._type ?? null, s.fd,
                           s.isTTY ?? null, s._isStdio ?? null,
                           s.writable, s.readable];
  const report = JSON.stringify([describe(stdin), describe(stdout),
                                 describe(stderr)]);
  process.stderr.write(`REPORT${report}END\n`);
  return;
}

for (const name of ['stdin', 'stdout', 'stderr']) {
  const desc = Object.getOwnPropertyDescriptor(process, name);
  assert.strictEqual(typeof desc.get, 'function');
  assert.strictEqual(desc.set, undefined);
  assert.strictEqual(desc.enumerable, true);
  assert.strictEqual(desc.configurable, true);
  assert.strictEqual(process[name], process[name]);
}

function report(result) {
  assert.strictEqual(result.status, 0, result.stderr);
  const text = result.stderr || fs.readFileSync(errFile, 'utf8');
  return JSON.parse(/REPORT(.*)END/.exec(text)[1]);
}

// Pipes everywhere.
assert.deepStrictEqual(report(common.spawnSelf([__filename, 'child'])), [
  ['Socket', null, 0, null, null, false, true],
  ['Socket', 'pipe', 1, null, true, true, false],
  ['Socket', 'pipe', 2, null, true, true, false],
]);

// Files everywhere.
common.tmpdir.refresh();
const outFile = common.tmpdir.resolve('out.txt');
const errFile = common.tmpdir.resolve('err.txt');
const inFd = fs.openSync(__filename, 'r');
const outFd = fs.openSync(outFile, 'w');
const errFd = fs.openSync(errFile, 'w');
const result = common.spawnSelf([__filename, 'child'],
                                { stdio: [inFd, outFd, errFd] });
for (const fd of [inFd, outFd, errFd]) fs.closeSync(fd);
assert.deepStrictEqual(report(result), [
  ['ReadStream', null, 0, null, null, null, true],
  ['SyncWriteStream', 'fs', 1, null, true, true, false],
  ['SyncWriteStream', 'fs', 2, null, true, true, false],
]);
