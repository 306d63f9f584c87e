'use strict';
// Options as node 20 takes them: --no-<boolean> negations (the last one
// wins), bad negations, values starting with '-', -c with -e,
// --use-largepages, --no-node-snapshot, --completion-bash, NODE_NO_WARNINGS,
// underscores for dashes, and errors naming argv[0].
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const env = { ...process.env };
delete env.NODE_OPTIONS;
delete env.NODE_NO_WARNINGS;
function run(args, extraEnv = {}) {
  const r = spawnSync(process.execPath, args,
                      { encoding: 'utf8', env: { ...env, ...extraEnv } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const warn = ['-e', 'process.emitWarning("w"); console.log("done")'];
const warned = (r) => r.stderr.includes('Warning: w');
const bad = (message) => `${process.execPath}: ${message}\n`;

assert(warned(run(warn)));
assert(warned(run(['--warnings', ...warn])));
assert(!warned(run(['--no-warnings', ...warn])));
assert(warned(run(['--no-warnings', '--warnings', ...warn])));
assert(!warned(run(warn, { NODE_NO_WARNINGS: '1' })));
assert(warned(run(warn, { NODE_NO_WARNINGS: '0' })));
assert(warned(run(warn, { NODE_NO_WARNINGS: 'true' })));
assert.strictEqual(run(['--deprecation', '--no-deprecation', '-p',
                        'process.noDeprecation']).stdout, 'true\n');
assert.strictEqual(run(['--expose_gc', '-p', 'typeof gc']).stdout,
                   'function\n');
assert.strictEqual(run(['--expose-gc', '--no-expose-gc', '-p', 'typeof gc'])
                     .stdout, 'undefined\n');

assert.deepStrictEqual(run(['--no-title']), {
  status: 9, stdout: '',
  stderr: bad('--no-title is an invalid negation because it is not a ' +
              'boolean option'),
});
assert.deepStrictEqual(run(['--no-i-dont-exist']), {
  status: 9, stdout: '', stderr: bad('bad option: --no-i-dont-exist'),
});
assert.deepStrictEqual(run(['--title', '-x', '-e', '0']), {
  status: 9, stdout: '', stderr: bad('--title requires an argument'),
});
assert.deepStrictEqual(run(['--eval']), {
  status: 9, stdout: '', stderr: bad('--eval requires an argument'),
});
for (const check of ['-c', '--check']) {
  for (const evalFlag of ['-e', '--eval']) {
    assert.deepStrictEqual(run([check, evalFlag, 'foo']), {
      status: 9, stdout: '',
      stderr: bad('either --check or --eval can be used, not both'),
    });
  }
}
assert.deepStrictEqual(run(['-e', '0'], { NODE_OPTIONS: '--eval=1' }), {
  status: 9, stdout: '', stderr: bad('--eval= is not allowed in NODE_OPTIONS'),
});

// --print's code may come as its own argument, before `--`.
assert.strictEqual(run(['--print', 'process.argv.slice(1).join(" ")', '--',
                        'a', '--', 'b']).stdout, 'a -- b\n');

// 'on' maps code to large pages where the build can (node here), or says
// it cannot (nodus: node's message for a build without the feature).
{
  const r = run(['--use-largepages=on', '-p', '42']);
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, '42\n');
  assert.match(r.stderr, /^(|Mapping to large pages is not supported\.\n)$/);
}
for (const value of ['off', 'silent']) {
  assert.deepStrictEqual(run([`--use-largepages=${value}`, '-p', '42']),
                         { status: 0, stdout: '42\n', stderr: '' });
}
assert.deepStrictEqual(run(['--use-largepages=xyzzy', '-p', '42']), {
  status: 9, stdout: '', stderr: bad('invalid value for --use-largepages'),
});
assert.deepStrictEqual(run(['-p', '1'],
                           { NODE_OPTIONS: '--use-largepages=silent' }),
                       { status: 0, stdout: '1\n', stderr: '' });

for (const flag of ['--no-node-snapshot', '--node-snapshot']) {
  assert.deepStrictEqual(run([flag, '-p', '6*7']),
                         { status: 0, stdout: '42\n', stderr: '' });
}

const completion = run(['--completion-bash']);
assert.strictEqual(completion.status, 0);
assert.match(completion.stdout, /^_node_complete\(\) \{\n/);
for (const option of ['--env-file', '--eval', '--require', '-e', '-r']) {
  assert.match(completion.stdout, new RegExp(`[ ']${option} `), option);
}
assert.match(completion.stdout,
             /\ncomplete -o filenames -o nospace -o bashdefault -F _node_complete node node_g/);
assert.deepStrictEqual(run(['-e', '0'], { NODE_OPTIONS: '--completion-bash' }),
                       { status: 9, stdout: '',
                         stderr: bad('--completion-bash is not allowed in ' +
                                     'NODE_OPTIONS') });
