'use strict';
// process.getActiveResourcesInfo(), _getActiveHandles() and
// _getActiveRequests(): what keeps the loop alive, by node's names —
// requests in flight, ref'd handles (by their owner object), ref'd timers
// and immediates; unref'd ones are not listed.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const { spawn } = require('child_process');

function count(name) {
  return process.getActiveResourcesInfo().filter((n) => n === name).length;
}

// test/common opens stderr, a PipeWrap or TTYWrap when it is a pipe or a
// terminal; nothing else is active yet.
assert.deepStrictEqual(process.getActiveResourcesInfo().filter(
  (name) => name !== 'PipeWrap' && name !== 'TTYWrap'), []);

// Timers: ref'd ones count; unref() and clearTimeout() take them out.
const t1 = setTimeout(() => {}, 1000);
const t2 = setInterval(() => {}, 1000);
assert.strictEqual(count('Timeout'), 2);
t2.unref();
assert.strictEqual(count('Timeout'), 1);
t2.ref();
assert.strictEqual(count('Timeout'), 2);
clearTimeout(t1);
clearInterval(t2);
assert.strictEqual(count('Timeout'), 0);
const imm = setImmediate(() => {});
assert.strictEqual(count('Immediate'), 1);
imm.unref();
assert.strictEqual(count('Immediate'), 0);
clearImmediate(imm);

// Requests in flight: FSReqCallback until their callback has run.
fs.stat(__filename, common.mustCall(() => {
  assert.ok(count('FSReqCallback') >= 1);
  setImmediate(common.mustCall(() => {
    assert.strictEqual(count('FSReqCallback'), 0);
  }));
}));
fs.readdir(__filename, common.mustCall());
assert.strictEqual(count('FSReqCallback'), 2);
assert.strictEqual(process._getActiveRequests().length, 2);

// Handles: a server and its two ends, reported by their owners.
const server = net.createServer(common.mustCall((conn) => {
  assert.strictEqual(count('TCPServerWrap'), 1);
  const handles = process._getActiveHandles();
  assert.ok(handles.includes(server));
  assert.ok(handles.includes(conn));
  conn.end();
}));
server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port, common.mustCall(() => {
    assert.ok(process._getActiveHandles().includes(client));
    assert.ok(count('TCPSocketWrap') >= 1);
    client.unref();
    assert.ok(!process._getActiveHandles().includes(client));
    client.destroy();
    server.close(common.mustCall(() => {
      assert.strictEqual(count('TCPServerWrap'), 0);
      childProcess();
    }));
  }));
}));

function childProcess() {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  assert.strictEqual(count('ProcessWrap'), 1);
  // Its handle closes after 'exit', in that turn's close phase.
  child.on('exit', common.mustCall(() => {
    setImmediate(common.mustCall(() => setImmediate(common.mustCall(() => {
      assert.strictEqual(count('ProcessWrap'), 0);
    }))));
  }));
}

// The memory figures are numbers (no limit: the free memory, and
// constrainedMemory() is 2^64 - 1 as a double).
assert.strictEqual(typeof process.constrainedMemory(), 'number');
assert.strictEqual(typeof process.availableMemory(), 'number');
assert.ok(process.availableMemory() > 0);
