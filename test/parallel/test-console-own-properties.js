'use strict';
// The properties node's consoles carry by name (_stdout, _stderr, _times,
// _ignoreErrors): the global console's streams follow process.stdout and
// process.stderr until assigned; inspectOptions.colors and an explicit
// colorMode conflict.
const common = require('../common');
const assert = require('assert');
const { Console } = require('console');
const { Writable } = require('stream');

const sink = () => new Writable({ write: common.mustCall((c, e, cb) => cb()) });

const own = new Console(sink());
assert.strictEqual(own._ignoreErrors, true);
own.time('t');
assert.ok(own._times.has('t'));
own.timeEnd('t');
assert.strictEqual(own._times.has('t'), false);

assert.strictEqual(console._stdout, process.stdout);
assert.strictEqual(console._stderr, process.stderr);
const out = sink();
const err = sink();
console._stdout = out;
console._stderr = err;
assert.strictEqual(console._stdout, out);
console.log('to out');
console.error('to err');

for (const colorMode of [true, false, 'auto']) {
  assert.throws(() => new Console({
    stdout: process.stdout, colorMode, inspectOptions: { colors: false },
  }), {
    code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
    message: 'Option "options.inspectOptions.color" cannot be used in ' +
      'combination with option "colorMode"',
  });
}
new Console({ stdout: process.stdout, inspectOptions: { colors: false } });
