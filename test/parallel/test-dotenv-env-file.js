'use strict';
// --env-file and --env-file-if-exists: later files win, the real
// environment wins over every file, NODE_OPTIONS in a file applies unless
// the environment has one, a missing required file exits 9.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');

const dir = path.join(__dirname, '..', 'fixtures', 'dotenv');
const file = (name) => path.join(dir, name);
const env = { ...process.env };
delete env.NODE_OPTIONS;
delete env.SHARED;
delete env.FROM_FILE;
delete env.NODE_NO_WARNINGS;

function run(args, extraEnv = {}) {
  const r = spawnSync(process.execPath, args,
                      { encoding: 'utf8', env: { ...env, ...extraEnv } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const show = 'console.log(JSON.stringify([process.env.FIRST, ' +
  'process.env.SECOND, process.env.SHARED]))';

// Both forms of the option; the later file overrides the earlier one.
assert.deepStrictEqual(
  run([`--env-file=${file('first.env')}`, '--env-file', file('second.env'),
       '-e', show]),
  { status: 0, stdout: '["1","2","from-second"]\n', stderr: '' });
assert.deepStrictEqual(
  run([`--env-file-if-exists=${file('second.env')}`,
       `--env-file=${file('first.env')}`, '-e', show]),
  { status: 0, stdout: '["1","2","from-first"]\n', stderr: '' });

// The real environment wins.
assert.strictEqual(
  run([`--env-file=${file('second.env')}`, '-e', show], { SHARED: 'real' })
    .stdout, '[null,"2","real"]\n');

// The variables reach child processes and process.execArgv keeps the option.
assert.strictEqual(
  run([`--env-file=${file('first.env')}`, '-e',
       'console.log(require("child_process").execSync(' +
       '"echo $SHARED").toString().trim(), process.execArgv.length)']).stdout,
  'from-first 3\n');

// A missing file: exit 9 with node's message (every file is reported); an
// optional one is skipped with a note.
const missing = file('does-not-exist.env');
let r = run([`--env-file=${missing}`, '--env-file', `${missing}2`,
             '-e', 'console.log("ran")']);
assert.strictEqual(r.status, 9);
assert.strictEqual(r.stdout, '');
assert.strictEqual(r.stderr, `${process.execPath}: ${missing}: not found\n` +
                   `${process.execPath}: ${missing}2: not found\n`);
r = run([`--env-file-if-exists=${missing}`, '-e', 'console.log("ran")']);
assert.deepStrictEqual(r, {
  status: 0, stdout: 'ran\n',
  stderr: `${missing} not found. Continuing without it.\n`,
});
r = run([`--env-file=${dir}`, '-e', '0']);
assert.strictEqual(r.status, 9);
assert.strictEqual(r.stderr, `${process.execPath}: ${dir}: invalid format\n`);
r = run(['--env-file']);
assert.strictEqual(r.status, 9);
assert.strictEqual(r.stderr,
                   `${process.execPath}: --env-file requires an argument\n`);

// After `--` it is an argument, not an option.
assert.strictEqual(
  run(['-e', show, '--', `--env-file=${file('first.env')}`]).stdout,
  '[null,null,null]\n');

// Not allowed in NODE_OPTIONS.
r = run(['-e', '0'], { NODE_OPTIONS: `--env-file=${file('first.env')}` });
assert.strictEqual(r.status, 9);
assert.strictEqual(r.stderr, `${process.execPath}: --env-file= is not ` +
                   'allowed in NODE_OPTIONS\n');

// NODE_OPTIONS from the file is applied (and lands in process.env), unless
// the environment has its own.
const title = 'console.log(process.title, process.noDeprecation === true, ' +
  'process.env.NODE_OPTIONS)';
assert.strictEqual(
  run([`--env-file=${file('node-options.env')}`, '-e', title]).stdout,
  'dotenv-title true --title=dotenv-title --no-deprecation\n');
assert.strictEqual(
  run([`--env-file=${file('node-options.env')}`, '-e', title],
      { NODE_OPTIONS: '--title=from-env' }).stdout,
  'from-env false --title=from-env\n');
// The command line still wins over that NODE_OPTIONS.
assert.strictEqual(
  run([`--env-file=${file('node-options.env')}`, '--title=cli', '-e',
       'console.log(process.title)']).stdout, 'cli\n');

common.mustCall()();
