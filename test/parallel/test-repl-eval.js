'use strict';
// repl.start() on streams (no terminal): results through util.inspect, `_`
// and `_error`, multi-line input, errors printed as `Uncaught ...` with the
// session going on, top-level await defining names for later lines, object
// literals, ignoreUndefined, writer and a custom eval.
const common = require('../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

// Runs `lines` through a REPL made with `options`, each line once the
// prompt for it has been printed; resolves with all that was printed.
function run(lines, options = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  let next = 0;
  output.setEncoding('utf8');
  const server = repl.start({ input, output, prompt: '> ', ...options });
  return new Promise((resolve) => {
    server.on('exit', () => resolve({ text, server }));
    const feed = () => {
      if (!text.endsWith('> ') && !text.endsWith('... ')) return;
      if (next === lines.length) return input.end();
      const line = lines[next++];
      input.write(`${line}\n`);
    };
    output.on('data', (d) => {
      text += d;
      feed();
    });
    if (text === '') setImmediate(feed);
  });
}

(async () => {
  let { text, server } = await run([
    '1 + 1',
    '_ * 10',
    "'x'.repeat(3)",
    '[1,',
    '2]',
    '{ a: 1 }',
    'throw new Error("boom")',
    '_error.message',
    'throw 5',
    '1 +* 2',
    'var v = 7',
    'v',
    'let l = 8; l',
    'l + 1',
    'const c = await Promise.resolve(9)',
    'c',
    'await Promise.resolve(10)',
    'function f() { throw new TypeError("inner") }',
    'f()',
    '`a',
    'b`',
  ]);
  const expected = [
    '> 2',
    '> 20',
    "> 'xxx'",
    '> ... [ 1, 2 ]',
    '> { a: 1 }',
    '> Uncaught Error: boom',
    "> 'boom'",
    '> Uncaught 5',
    '> 1 +* 2',
    '   ^',
    '',
    "Uncaught SyntaxError: Unexpected token '*'",
    '> undefined',
    '> 7',
    '> 8',
    '> 9',
    '> undefined',
    '> 9',
    '> 10',
    '> undefined',
    '> Uncaught TypeError: inner',
    /^ {4}at f \(REPL\d+:1:\d+\)$/,
    "> ... 'a\\nb'",
    '> ',
  ];
  const got = text.split('\n');
  assert.strictEqual(got.length, expected.length, text);
  expected.forEach((line, i) => {
    if (typeof line === 'string') assert.strictEqual(got[i], line, text);
    else assert.match(got[i], line);
  });
  assert.strictEqual(server.context, server.context.global);
  assert.strictEqual(typeof server.context.require, 'function');

  // useGlobal: names land on globalThis; builtins are lazy globals there.
  ({ text } = await run(['globalThis.fromRepl = 3', 'typeof path.join'],
                        { useGlobal: true }));
  assert.strictEqual(text, "> 3\n> 'function'\n> ");
  assert.strictEqual(globalThis.fromRepl, 3);

  // ignoreUndefined, writer.
  ({ text } = await run(['undefined', '5'], {
    ignoreUndefined: true, writer: (v) => `<${v}>`,
  }));
  assert.strictEqual(text, '> > <5>\n> ');

  // A custom eval gets the code with its newline; Recoverable asks for more.
  const seen = [];
  ({ text } = await run(['one', 'two', 'three'], {
    eval: common.mustCall((code, context, file, cb) => {
      seen.push(code);
      if (code === 'one\n') return cb(new repl.Recoverable(new SyntaxError()));
      cb(null, code.length);
    }, 3),
  }));
  assert.deepStrictEqual(seen, ['one\n', 'one\ntwo\n', 'three\n']);
  assert.strictEqual(text, '> ... 8\n> 6\n> ');

  assert.ok(repl.builtinModules.includes('fs'));
  assert.ok(!repl.builtinModules.some((m) => m.startsWith('_')));
  assert.strictEqual(typeof repl.REPL_MODE_SLOPPY, 'symbol');
  assert.strictEqual(typeof repl.REPL_MODE_STRICT, 'symbol');
  assert.strictEqual(repl.writer({ a: [1] }), '{ a: [ 1 ] }');
})().then(common.mustCall());
