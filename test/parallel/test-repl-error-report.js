'use strict';
// How repl.start() on streams reports errors, as node's REPL does: the
// `Uncaught ` line (or `Uncaught:` before a long one), stacks cut at the
// input's top level, errors thrown later by callbacks the input scheduled
// (printed by that REPL, even after it closed), a REPL's ban on
// `uncaughtException` listeners (ERR_INVALID_REPL_INPUT), the `_domain`
// 'error' event, and a custom eval's error with the prompt it set.
const common = require('../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

function start(options = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  const server = repl.start({
    input, output, prompt: '', terminal: false, useColors: false, ...options,
  });
  const read = () => {
    const data = output.read();
    return data === null ? '' : data.toString();
  };
  return { server, read };
}

{
  const { server, read } = start();
  server.write('throw new Error("Whoops!")\n');
  assert.strictEqual(read(), 'Uncaught Error: Whoops!\n');
  server.write('(function() { throw new RangeError("inner"); })()\n');
  assert.match(read(), /^Uncaught RangeError: inner\n {4}at REPL\d+:1:\d+\n$/);
  server.write('throw { foo: "test" }\n');
  assert.strictEqual(read(), "Uncaught { foo: 'test' }\n");
  server.write('throw null\n');
  assert.strictEqual(read(), 'Uncaught null\n');
  // A line longer than breakLength gets its own line.
  server.write('process.on("uncaughtException", () => {})\n');
  assert.match(read(), new RegExp(
    '^Uncaught:\nTypeError \\[ERR_INVALID_REPL_INPUT\\]: Listeners for ' +
    '`uncaughtException` cannot be used in the REPL\n'));
  assert.strictEqual(process.listenerCount('uncaughtException'), 0);
  server.write('_error.code\n');
  assert.strictEqual(read(), "'ERR_INVALID_REPL_INPUT'\n");
  server.write('1 + 1\n');
  assert.strictEqual(read(), '2\n');
  server.close();
}

// Errors thrown later by the input's callbacks go to its REPL, and to the
// listeners of its `_domain`.
{
  const { server, read } = start();
  const seen = [];
  server._domain.on('error', (err) => seen.push(err.message));
  server.write('setTimeout(() => { throw new Error("late") }, 1); 0\n');
  assert.strictEqual(read(), '0\n');
  server.close();
  setTimeout(common.mustCall(() => {
    assert.match(read(), /^Uncaught Error: late\n/);
    assert.deepStrictEqual(seen, ['late']);
  }), 20);
}

// Strict mode: a declaration's value is undefined; the stack's line numbers
// are the input's.
{
  const { server, read } = start({ replMode: repl.REPL_MODE_STRICT });
  server.write('let a = 1\n');
  assert.strictEqual(read(), 'undefined\n');
  server.write('undeclared = 1\n');
  assert.strictEqual(read(),
                     'Uncaught ReferenceError: undeclared is not defined\n');
  server.close();
}

// A custom eval's error: one prompt after it, the one the eval set.
{
  const { server, read } = start({
    prompt: '> ',
    eval: common.mustCall((code, context, file, cb) => {
      server.setPrompt('again> ');
      cb(new Error('err'));
    }),
  });
  assert.strictEqual(read(), '> ');
  server.write('x\n');
  const out = read();
  assert.match(out, /^Uncaught Error: err\n/);
  assert.ok(out.endsWith('\nagain> '));
  assert.strictEqual(out.indexOf('again> '), out.length - 7);
  assert.strictEqual(server.getPrompt(), 'again> ');
  server.close();
}

// Options as node keeps them.
{
  const { server } = start({ useColors: true });
  assert.strictEqual(server.writer, repl.writer);
  assert.strictEqual(repl.writer.options.colors, true);
  assert.strictEqual(require('util').inspect.defaultOptions.colors, false);
  assert.strictEqual(server.historySize, 30);
  assert.strictEqual(server.inputStream, server.input);
  assert.strictEqual(server.outputStream, server.output);
  assert.strictEqual(typeof server.setupHistory, 'function');
  server.close();
  assert.throws(() => repl.start({ breakEvalOnSigint: true, eval() {} }), {
    code: 'ERR_INVALID_REPL_EVAL_CONFIG',
    name: 'TypeError',
  });
}
