'use strict';
// repl.start() on streams: dot commands (.help .break .save .load, unknown
// ones, defineCommand), the completer (globals, properties, dot commands,
// module names in require()), and the 'reset'/'exit' events.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const repl = require('repl');
const { PassThrough } = require('stream');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'repl-commands-'));
const input = new PassThrough();
const output = new PassThrough();
let text = '';
output.setEncoding('utf8');
const server = repl.start({ input, output, prompt: '> ' });

let waiter = null;
output.on('data', (d) => {
  text += d;
  if (waiter !== null && /(> |\.\.\. )$/.test(text) &&
      text.length > waiter.start) {
    const { start, resolve } = waiter;
    waiter = null;
    resolve(text.slice(start));
  }
});

// Writes `line` and resolves with what the REPL printed until its prompt.
function send(line) {
  return new Promise((resolve) => {
    waiter = { start: text.length, resolve };
    input.write(`${line}\n`);
  });
}

function complete(line) {
  return new Promise((resolve, reject) => {
    server.complete(line, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

server.on('exit', common.mustCall());

(async () => {
  // The first prompt.
  await new Promise((resolve) => { waiter = { start: -1, resolve }; });
  const help = await send('.help');
  for (const cmd of ['.break', '.clear', '.exit', '.help', '.load', '.save']) {
    assert.match(help, new RegExp(`^\\${cmd} +\\S`, 'm'));
  }
  assert.strictEqual(await send('.nope'), 'Invalid REPL keyword\n> ');
  assert.strictEqual(await send('[1,'), '... ');
  assert.strictEqual(await send('.break'), '> ');
  assert.strictEqual(await send('.5 + 1'), '1.5\n> ');

  server.defineCommand('hello', {
    help: 'Say hello',
    action: common.mustCall(function(name) {
      this.output.write(`hello ${name}\n`);
      this.displayPrompt();
    }),
  });
  assert.strictEqual(await send('.hello world'), 'hello world\n> ');

  const saved = path.join(tmp, 'session.js');
  await send('const savedValue = 40');
  assert.strictEqual(await send(`.save ${saved}`),
                     `Session saved to: ${saved}\n> `);
  assert.match(fs.readFileSync(saved, 'utf8'), /const savedValue = 40/);

  const loaded = path.join(tmp, 'load.js');
  fs.writeFileSync(loaded, 'function loadedFn() {\n  return 2;\n}\n');
  await send(`.load ${loaded}`);
  assert.strictEqual(await send('loadedFn() + savedValue'), '42\n> ');
  assert.match(await send('.load /nonexistent/file.js'), /^Failed to load/);

  // Completion.
  let [list, on] = await complete('process.ver');
  assert.deepStrictEqual([list, on],
                         [['process.version', 'process.versions'],
                          'process.ver']);
  [list, on] = await complete('requ');
  assert.ok(list.includes('require'), list);
  assert.strictEqual(on, 'requ');
  [list, on] = await complete("require('pa");
  assert.deepStrictEqual([list, on],
                         [['path', 'path/posix', 'path/win32'], 'pa']);
  [list, on] = await complete('.hel');
  assert.deepStrictEqual([list, on], [['hello', 'help'], 'hel']);
  await send('globalThis.zzCompleteMe = { alpha: 1, alps: 2 }');
  [list, on] = await complete('zzCompleteMe.al');
  assert.deepStrictEqual([list, on],
                         [['zzCompleteMe.alpha', 'zzCompleteMe.alps'],
                          'zzCompleteMe.al']);

  server.once('reset', common.mustCall((context) => {
    assert.strictEqual(context, server.context);
  }));
  assert.strictEqual(await send('.clear'), 'Clearing context...\n> ');
  assert.strictEqual(await send('typeof savedValue'), "'undefined'\n> ");

  input.write('.exit\n');
  fs.rmSync(tmp, { recursive: true, force: true });
})().then(common.mustCall());
