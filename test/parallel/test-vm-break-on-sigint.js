'use strict';
// breakOnSigint: SIGINT ends the script with ERR_SCRIPT_EXECUTION_INTERRUPTED
// instead of reaching process listeners, which work again afterwards.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

const listener = common.mustCall();
process.on('SIGINT', listener);

const interrupted = {
  code: 'ERR_SCRIPT_EXECUTION_INTERRUPTED',
  message: 'Script execution was interrupted by `SIGINT`',
};
const code = 'process.kill(process.pid, "SIGINT"); while (true) {}';
assert.throws(() => vm.runInThisContext(code, { breakOnSigint: true }),
              interrupted);
assert.throws(() => vm.runInNewContext(code, { process },
                                       { breakOnSigint: true }),
              interrupted);
// Both options at once: the signal comes first.
assert.throws(() => new vm.Script(code).runInThisContext({
  breakOnSigint: true, timeout: 100000,
}), interrupted);
// The isolate is usable.
assert.strictEqual(vm.runInThisContext('6 * 7', { breakOnSigint: true }), 42);

// The process's own listener is back.
process.kill(process.pid, 'SIGINT');
const keepAlive = setInterval(() => {}, 1000);
process.on('SIGINT', common.mustCall(() => {
  clearInterval(keepAlive);
  process.removeListener('SIGINT', listener);
}));
