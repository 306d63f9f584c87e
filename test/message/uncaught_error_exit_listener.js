'use strict';
// An uncaught error: 'exit' listeners run first (with code 1), then the
// report: file:line, source line, caret, blank line, stack.
process.on('exit', (code) => console.log('exit listener, code', code));
function fail() {
  throw new TypeError('boom');
}
fail();
