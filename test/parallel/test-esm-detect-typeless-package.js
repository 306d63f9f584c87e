'use strict';
// Detection in a package whose package.json has no "type": a file found to
// be an ES module gets node's MODULE_TYPELESS_PACKAGE_JSON warning, once per
// package.json; a file that only redeclares CommonJS names runs as a module
// too. -e input: --experimental-default-type=commonjs turns detection off,
// and `require` in detected module code gets node's hint.
require('../common');
const assert = require('assert');
const fs = require('fs');
const { spawnSync } = require('child_process');
const { pathToFileURL } = require('url');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const pjson = tmpdir.resolve('package.json');
fs.writeFileSync(pjson, '{}\n');
fs.writeFileSync(tmpdir.resolve('a.js'),
                 "import './b.js';\nconsole.log('a');\n");
fs.writeFileSync(tmpdir.resolve('b.js'), "export {};\nconsole.log('b');\n");
fs.writeFileSync(tmpdir.resolve('names.js'),
                 "const require = 'r', module = 'm';\n" +
                 'console.log(require, module);\n');

function run(args) {
  return spawnSync(process.execPath, args, { cwd: tmpdir.path,
                                             encoding: 'utf8' });
}

{
  const result = run(['a.js']);
  assert.strictEqual(result.stdout, 'b\na\n');
  assert.strictEqual(result.status, 0);
  const warnings = result.stderr.match(/\[MODULE_TYPELESS_PACKAGE_JSON\]/g);
  assert.strictEqual(warnings.length, 1);
  assert.ok(result.stderr.includes(
    '[MODULE_TYPELESS_PACKAGE_JSON] Warning: Module type of ' +
    `${pathToFileURL(tmpdir.resolve('a.js')).href} is not specified and it ` +
    "doesn't parse as CommonJS.\nReparsing as ES module because module " +
    'syntax was detected. This incurs a performance overhead.\nTo eliminate ' +
    `this warning, add "type": "module" to ${pjson}.\n`), result.stderr);
}
{
  const result = run(['--no-warnings', 'names.js']);
  assert.strictEqual(result.stderr, '');
  assert.strictEqual(result.stdout, 'r m\n');
}
{
  const result = run(['--experimental-default-type=commonjs', '-e',
                      'import.meta.url']);
  assert.strictEqual(result.status, 1);
  assert.match(result.stderr,
               /SyntaxError: Cannot use 'import\.meta' outside a module/);
}
{
  const result = run(['-e', 'const fs = require("fs"); await 1;']);
  assert.strictEqual(result.status, 1);
  assert.match(result.stderr, /ReferenceError: require is not defined in ES module scope, you can use import instead\n/);
}
