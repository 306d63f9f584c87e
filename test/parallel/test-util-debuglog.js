'use strict';
// util.debuglog(): writes `SECTION PID: message` to stderr when NODE_DEBUG
// names the section (lists, wildcards, any case), nothing otherwise.
const common = require('../common');
const assert = require('assert');
const util = require('util');

if (process.argv[2] === 'child') {
  const logs = ['foo', 'foobar', 'other', 'Baz', 'quux'].map((section) => util.debuglog(section));
  for (const log of logs) log('hello %s %d', 'world', 42, { a: 1 });
  process.stdout.write(logs.map((log) => String(log.enabled)).join(','));
  let called = 0;
  const withCallback = util.debuglog('foo', (fn) => {
    called++;
    assert.strictEqual(typeof fn, 'function');
  });
  withCallback('first');
  withCallback('second');
  assert.strictEqual(called, 1);
  assert.strictEqual(util.debug, util.debuglog);
  return;
}

const child = common.spawnSelf([__filename, 'child'], {
  env: { ...process.env, NODE_DEBUG: 'foo*,BAZ', NO_COLOR: '1' },
});
assert.strictEqual(child.status, 0, child.stderr);
assert.strictEqual(child.stdout, 'true,true,false,true,false');
const pid = child.pid;
assert.strictEqual(child.stderr,
                   `FOO ${pid}: hello world 42 { a: 1 }\n` +
                   `FOOBAR ${pid}: hello world 42 { a: 1 }\n` +
                   `BAZ ${pid}: hello world 42 { a: 1 }\n` +
                   `FOO ${pid}: first\n` +
                   `FOO ${pid}: second\n`);

// Without NODE_DEBUG, nothing is enabled or written.
const quiet = common.spawnSelf([__filename, 'child'], {
  env: { ...process.env, NODE_DEBUG: '' },
});
assert.strictEqual(quiet.status, 0, quiet.stderr);
assert.strictEqual(quiet.stdout, 'false,false,false,false,false');
assert.strictEqual(quiet.stderr, '');

const log = util.debuglog('never-set-section');
assert.strictEqual(typeof log, 'function');
assert.deepStrictEqual(Object.keys(log), ['enabled']);
