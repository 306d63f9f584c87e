'use strict';
// repl.start() in terminal mode and the standalone REPL: .load types the
// file in (echoed) and runs it as one piece, .save/.load without a file,
// editor mode ended by Ctrl+D (run) or Ctrl+C (dropped), setupHistory(path,
// cb) reading and writing the file, `nodus -i -e`, and Ctrl+C (SIGINT)
// breaking a running evaluation of the standalone REPL, which goes on.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const repl = require('repl');
const { spawn } = require('child_process');
const { PassThrough } = require('stream');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

function start(options = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  const server = repl.start({
    input, output, prompt: '> ', terminal: true, useColors: false, ...options,
  });
  // Without the cursor and erase sequences.
  const read = () => {
    const data = output.read();
    return data === null ? '' :
      data.toString().replace(/\x1b\[\d*[GJ]/g, '').replace(/\r/g, '');
  };
  read();
  return { server, input, read };
}

{
  const file = path.join(tmpdir.path, 'load.js');
  fs.writeFileSync(file, 'const f = (x) =>\n  x * 2;\nf(21)');
  const { server, read } = start();
  server.write(`.load ${file}\n`);
  assert.strictEqual(read(),
                     // node draws the prompt twice here.
                     `.load ${file}\nconst f = (x) =>\n  x * 2;\nf(21)\n42\n> > `);
  server.write('.load\n');
  assert.strictEqual(read(), '.load\nThe "file" argument must be specified\n> ');
  server.write('.save\n');
  assert.strictEqual(read(), '.save\nThe "file" argument must be specified\n> ');
  server.write(`.load ${tmpdir.path}\n`);
  assert.strictEqual(read(), `.load ${tmpdir.path}\n` +
                     `Failed to load: ${tmpdir.path} is not a valid file\n> `);

  // Editor mode: Ctrl+D runs, Ctrl+C drops; .save keeps what ran.
  server.write('.editor\n');
  assert.strictEqual(read(), '.editor\n// Entering editor mode ' +
                     '(Ctrl+D to finish, Ctrl+C to cancel)\n');
  server.write('let i = 1;\ni + 3');
  server.write('', { ctrl: true, name: 'd' });
  assert.strictEqual(read(), 'let i = 1;\ni + 3\n4\n> ');
  server.write('.editor\n');
  read();
  server.write('dropped');
  server.write('', { ctrl: true, name: 'c' });
  assert.strictEqual(read(), 'dropped\n> ');
  const saved = path.join(tmpdir.path, 'saved.js');
  server.write(`.save ${saved}\n`);
  assert.strictEqual(read(), `.save ${saved}\nSession saved to: ${saved}\n> `);
  assert.strictEqual(fs.readFileSync(saved, 'utf8'),
                     'const f = (x) =>\n  x * 2;\nf(21)\nlet i = 1;\ni + 3');
  server.close();
}

// setupHistory: the file's lines (newest first) are the history; lines
// typed are written back.
{
  const file = path.join(tmpdir.path, 'history');
  fs.writeFileSync(file, 'second\nfirst\n');
  const { server, read } = start();
  server.setupHistory(file, common.mustSucceed((r) => {
    assert.strictEqual(r, server);
    assert.deepStrictEqual(server.history, ['second', 'first', '']);
    server.write('', { name: 'up' });
    assert.match(read(), /> second$/);
    server.write('', { ctrl: true, name: 'u' });
    server.write('1 + 2\n');
    assert.match(read(), /3\n> $/);
    server.once('flushHistory', common.mustCall(() => {
      assert.strictEqual(fs.readFileSync(file, 'utf8').split(/\r?\n/)[0],
                         '1 + 2');
      server.close();
    }));
  }));
}

// An empty path disables the history: the up key says so.
{
  const { server, read } = start();
  server.setupHistory('', common.mustSucceed(() => {
    server.write('', { name: 'up' });
    assert.match(read(), /Persistent history support disabled/);
    server.close();
  }));
}

// -i -e: the REPL starts, then the code runs; the REPL keeps its module.
{
  const child = spawn(process.execPath, ['-i', '-e', 'console.log("42")']);
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { out += d; });
  child.stdin.end('module.id\n');
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.ok(out.includes('> 42\n'), out);
    assert.ok(out.includes("'<repl>'"), out);
  }));
}

// SIGINT breaks a running evaluation of the standalone REPL; its state
// stays.
if (!common.isWindows) {
  const child = spawn(process.execPath, ['-i'], {
    env: { ...process.env, PARENT: `${process.pid}` },
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { out += d; });
  process.once('SIGUSR2', common.mustCall(() => {
    child.kill('SIGINT');
    child.stdin.end('a * 2\n');
  }));
  child.stdin.write('a = 21; process.kill(+process.env.PARENT, "SIGUSR2"); ' +
                    'while (true) {}\n');
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.ok(out.includes('Script execution was interrupted by `SIGINT`'),
              out);
    assert.ok(out.includes('> 42\n'), out);
  }));
}
