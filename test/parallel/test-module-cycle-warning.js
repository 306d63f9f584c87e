'use strict';
// A property missing from the exports of a module still loading (a
// require() cycle) warns at each access; a module.exports that is a Proxy is
// never looked at (its traps do not run), and an object whose prototype is
// not Object.prototype is left alone.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

function write(name, text) {
  fs.writeFileSync(tmpdir.resolve(name), text);
  return tmpdir.resolve(name);
}

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.message,
                     "Accessing non-existent property 'missing' of module " +
                     'exports inside circular dependency');
}, 2));

write('a.js', "exports.present = 1;\nrequire('./b.js');\n");
write('b.js', "const a = require('./a.js');\n" +
      'module.exports = [a.present, a.missing, a.missing];\n');
require(tmpdir.resolve('a.js'));
assert.deepStrictEqual(require(tmpdir.resolve('b.js')), [1, undefined,
                                                         undefined]);

write('proxy.js',
      'module.exports = new Proxy({}, {\n' +
      '  get(t, p) { throw new Error(`get ${String(p)}`); },\n' +
      "  getPrototypeOf() { throw new Error('getPrototypeOf'); },\n" +
      "  setPrototypeOf() { throw new Error('setPrototypeOf'); },\n" +
      '});\n' +
      "require('./proxy-user.js');\n");
write('proxy-user.js', "const p = require('./proxy.js');\n" +
      'try { p.x; } catch (e) { module.exports = e.message; }\n');
require(tmpdir.resolve('proxy.js'));
assert.strictEqual(require(tmpdir.resolve('proxy-user.js')), 'get x');
