'use strict';
// v8.getHeapSnapshot (a Readable of the JSON snapshot) and
// v8.writeHeapSnapshot (a file, node's default name), options and errors.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { Readable } = require('stream');
const v8 = require('v8');

tmpdir.refresh();

// Something only this test allocates, to find in the snapshot.
class NodusSnapshotMarker { constructor() { this.x = 1; } }
const marker = new NodusSnapshotMarker();

function checkSnapshot(json) {
  const snapshot = JSON.parse(json);
  assert.deepStrictEqual(Object.keys(snapshot.snapshot).slice(0, 2),
                         ['meta', 'node_count']);
  assert.ok(snapshot.snapshot.node_count > 0);
  assert.strictEqual(snapshot.nodes.length,
                     snapshot.snapshot.node_count *
                     snapshot.snapshot.meta.node_fields.length);
  assert.ok(snapshot.strings.includes('NodusSnapshotMarker'));
}

// Options are checked before anything is taken.
for (const fn of [v8.getHeapSnapshot, (o) => v8.writeHeapSnapshot(undefined, o)]) {
  assert.throws(() => fn(null), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fn('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fn({ exposeInternals: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "options\.exposeInternals" property must be of type boolean/,
  });
  assert.throws(() => fn({ exposeNumericValues: 'yes' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "options\.exposeNumericValues" property must be of type boolean/,
  });
}
assert.throws(() => v8.writeHeapSnapshot(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => v8.writeHeapSnapshot('a\0b'),
              { code: 'ERR_INVALID_ARG_VALUE' });

// A file that cannot be written: the system error of open.
const missing = path.join(tmpdir.path, 'no', 'such', 'dir', 'x.heapsnapshot');
assert.throws(() => v8.writeHeapSnapshot(missing), {
  code: 'ENOENT',
  syscall: 'open',
  path: missing,
  message: `ENOENT: no such file or directory, open '${missing}'`,
});

// An explicit name is used and returned.
{
  const file = path.join(tmpdir.path, 'explicit.heapsnapshot');
  assert.strictEqual(v8.writeHeapSnapshot(file, { exposeNumericValues: true }),
                     file);
  checkSnapshot(fs.readFileSync(file, 'utf8'));
}

// The default name, in the working directory:
// Heap.<yyyymmdd>.<hhmmss>.<pid>.<threadId>.<seq>.heapsnapshot.
{
  const cwd = process.cwd();
  process.chdir(tmpdir.path);
  try {
    const first = v8.writeHeapSnapshot();
    const second = v8.writeHeapSnapshot(undefined, {});
    const pattern = new RegExp(
      `^Heap\\.\\d{8}\\.\\d{6}\\.${process.pid}\\.0\\.(\\d{3})\\.heapsnapshot$`);
    assert.match(first, pattern);
    assert.match(second, pattern);
    assert.strictEqual(Number(second.match(pattern)[1]),
                       Number(first.match(pattern)[1]) + 1);
    checkSnapshot(fs.readFileSync(path.join(tmpdir.path, first), 'utf8'));
  } finally {
    process.chdir(cwd);
  }
}

// The Readable.
{
  const stream = v8.getHeapSnapshot();
  assert.ok(stream instanceof Readable);
  const chunks = [];
  stream.on('data', (chunk) => {
    assert.ok(Buffer.isBuffer(chunk));
    chunks.push(chunk);
  });
  stream.on('end', common.mustCall(() => {
    checkSnapshot(Buffer.concat(chunks).toString('utf8'));
    assert.ok(marker.x);
  }));
}
// Two at once, and one destroyed unread.
{
  const a = v8.getHeapSnapshot({ exposeInternals: true });
  const b = v8.getHeapSnapshot({ exposeNumericValues: false });
  let textA = '';
  a.setEncoding('utf8');
  a.on('data', (chunk) => { textA += chunk; });
  a.on('end', common.mustCall(() => checkSnapshot(textA)));
  b.destroy();
  b.on('close', common.mustCall());
}
