'use strict';
// OpenSSL's per-process set-up: --secure-heap / --secure-heap-min back
// crypto.secureHeapUsed() (also from NODE_OPTIONS), their validation
// (exit 9, both errors printed), and --openssl-config: node's nodejs_conf
// section is read, a missing file is ignored, and a configuration that
// leaves no random generator aborts start-up.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const tmpdir = require('../common/tmpdir');

// Without the options: all zeros.
assert.deepStrictEqual(crypto.secureHeapUsed(),
                       { total: 0, used: 0, utilization: 0, min: 0 });

function run(execArgv, source, env) {
  return spawnSync(process.execPath, [...execArgv, '-e', source], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', OPENSSL_CONF: '', ...env },
  });
}

const usage = `
  const crypto = require('crypto');
  const before = crypto.secureHeapUsed();
  const dh = crypto.createDiffieHellman(1024);
  dh.generateKeys();
  const after = crypto.secureHeapUsed();
  console.log(JSON.stringify({ before, after }));
`;

{
  const child = run(['--secure-heap=65536', '--secure-heap-min=4'], usage);
  assert.strictEqual(child.status, 0, child.stderr);
  const { before, after } = JSON.parse(child.stdout);
  assert.deepStrictEqual(before, { total: 65536, used: 0, utilization: 0, min: 4 });
  assert.strictEqual(after.total, 65536);
  assert.strictEqual(after.min, 4);
  // The DH private key lives in the secure heap.
  assert.ok(after.used > 0);
  assert.strictEqual(after.utilization, after.used / 65536);
}

// From NODE_OPTIONS; the minimum defaults to 2 and is capped at the size.
for (const [options, total, min] of [
  ['--secure-heap=64 --secure-heap-min=8', 64, 8],
  ['--secure-heap=4096', 4096, 2],
]) {
  const child = run([], 'console.log(JSON.stringify(require("crypto").secureHeapUsed()))',
                    { NODE_OPTIONS: options });
  assert.strictEqual(child.status, 0, child.stderr);
  assert.deepStrictEqual(JSON.parse(child.stdout),
                         { total, used: 0, utilization: 0, min });
}

// A heap OpenSSL refuses (minimum as large as the heap, or under 2 bytes):
// a message, and no secure heap.
for (const execArgv of [['--secure-heap=64', '--secure-heap-min=128'], ['--secure-heap=1']]) {
  const child = run(execArgv, 'console.log(JSON.stringify(require("crypto").secureHeapUsed()))');
  assert.strictEqual(child.status, 0, child.stderr);
  assert.match(child.stderr, /Unable to initialize openssl secure heap\./);
  assert.deepStrictEqual(JSON.parse(child.stdout),
                         { total: 0, used: 0, utilization: 0, min: 0 });
}

// Only the minimum: no heap.
{
  const child = run(['--secure-heap-min=3'], 'console.log(require("crypto").secureHeapUsed().total)');
  assert.strictEqual(child.status, 0, child.stderr);
  assert.strictEqual(child.stdout, '0\n');
}

// Not powers of 2: both reported, exit code 9.
{
  const child = run(['--secure-heap=3', '--secure-heap-min=3'], '');
  assert.strictEqual(child.status, 9);
  assert.match(child.stderr, /: --secure-heap must be a power of 2\n/);
  assert.match(child.stderr, /: --secure-heap-min must be a power of 2\n/);
}
{
  const child = run(['--secure-heap=64', '--secure-heap-min=6'], '');
  assert.strictEqual(child.status, 9);
  assert.doesNotMatch(child.stderr, /--secure-heap must/);
  assert.match(child.stderr, /: --secure-heap-min must be a power of 2\n/);
}

// --openssl-config.
tmpdir.refresh();
function config(name, providers) {
  const file = path.join(tmpdir.path, name);
  fs.writeFileSync(file, [
    'nodejs_conf = nodejs_init',
    '[nodejs_init]',
    'providers = provider_sect',
    '[provider_sect]',
    ...providers.map((p) => `${p} = ${p}_sect`),
    ...providers.flatMap((p) => [`[${p}_sect]`, 'activate = 1']),
    '',
  ].join('\n'));
  return file;
}
{
  const file = config('default.cnf', ['default']);
  const child = run([`--openssl-config=${file}`],
                    'console.log(require("crypto").randomBytes(3).length)');
  assert.strictEqual(child.status, 0, child.stderr);
  assert.strictEqual(child.stdout, '3\n');
  // $OPENSSL_CONF names the file as well.
  const fromEnv = run([], 'console.log(require("crypto").randomBytes(3).length)',
                      { OPENSSL_CONF: file });
  assert.strictEqual(fromEnv.status, 0, fromEnv.stderr);
}
{
  const child = run([`--openssl-config=${path.join(tmpdir.path, 'missing.cnf')}`],
                    'console.log("hello")');
  assert.strictEqual(child.status, 0, child.stderr);
  assert.strictEqual(child.stdout, 'hello\n');
}
{
  // Only the base provider: no random generator, so start-up aborts.
  const file = config('base.cnf', ['base']);
  const child = run([`--openssl-config=${file}`], 'console.log("hello")');
  assert.strictEqual(child.signal, 'SIGABRT');
  assert.strictEqual(child.stdout, '');
  // The section is nodejs_conf: with --openssl-shared-config it is
  // openssl_conf, absent here, so the default set-up applies.
  const shared = run([`--openssl-config=${file}`, '--openssl-shared-config'],
                     'console.log("hello")');
  assert.strictEqual(shared.status, 0, shared.stderr);
  assert.strictEqual(shared.stdout, 'hello\n');
}

// Per-process options: a Worker's execArgv may not carry them.
{
  const { Worker } = require('worker_threads');
  for (const flag of ['--secure-heap=64', '--secure-heap-min=4', '--openssl-config=x.cnf']) {
    assert.throws(() => new Worker('', { eval: true, execArgv: [flag] }), {
      code: 'ERR_WORKER_INVALID_EXEC_ARGV',
      message: `Initiated Worker with invalid execArgv flags: ${flag}`,
    });
  }
}
