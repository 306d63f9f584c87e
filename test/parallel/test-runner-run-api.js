'use strict';
// run({ files }) runs each file in a child process and streams its events.
const common = require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const { run } = require('node:test');
const { tap } = require('node:test/reporters');

const pass = fixtures.path('test-runner', 'run', 'pass.js');
const fail = fixtures.path('test-runner', 'run', 'fail.js');

assert.throws(() => run({ files: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => run({ concurrency: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => run({ only: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => run({ files: [], timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });

{
  const stream = run({ files: [pass, fail], concurrency: 2 });
  const passed = [];
  const failed = [];
  const stdout = [];
  stream.on('test:pass', (data) => passed.push(`${data.nesting}:${data.name}`));
  stream.on('test:fail', common.mustCall((data) => {
    failed.push(data.name);
    assert.strictEqual(data.file, fail);
    assert.strictEqual(data.line, 4);
    assert.strictEqual(data.column, 1);
    assert.strictEqual(data.details.error.failureType, 'testCodeFailure');
    assert.strictEqual(data.details.error.cause.message, 'expected failure');
  }));
  stream.on('test:stdout', (data) => stdout.push(data.message));
  const chunks = [];
  stream.compose(tap).on('data', (chunk) => chunks.push(chunk)).on('end', common.mustCall(() => {
    // Results come in file order, whatever order the files finished in.
    assert.deepStrictEqual(passed, ['0:passes', '1:sub', '0:has subtests', '0:skipped']);
    assert.deepStrictEqual(failed, ['fails']);
    assert.deepStrictEqual(stdout, ['printed by fail.js\n']);
    const text = chunks.join('');
    assert.match(text, /^TAP version 13\n/);
    assert.match(text, /\nok 1 - passes\n/);
    assert.match(text, /\nok 2 - has subtests\n/);
    assert.match(text, /\nnot ok 3 - fails\n/);
    assert.match(text, /\nok 4 - skipped # SKIP\n/);
    assert.match(text, /\n# tests 5\n# suites 0\n# pass 3\n# fail 1\n# cancelled 0\n# skipped 1\n# todo 0\n/);
    // run() leaves the exit code alone.
    assert.strictEqual(process.exitCode, undefined);
  }));
}

{
  // A file that never ends is stopped by the timeout.
  const stream = run({ files: [fixtures.path('test-runner', 'run', 'hang.js')],
                       timeout: 500 });
  stream.on('test:fail', common.mustCall((data) => {
    assert.strictEqual(data.details.error.failureType, 'testTimeoutFailure');
  }));
  stream.resume();
}
