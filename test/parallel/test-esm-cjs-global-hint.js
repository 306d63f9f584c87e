'use strict';
// CommonJS globals used in an ES module: the ReferenceError says so (and,
// for require, what to use instead); a .js file in a "type": "module"
// package is told how to be CommonJS. Other undefined names keep V8's
// message.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

fs.writeFileSync(path.join(tmpdir.path, 'package.json'), '{"type":"module"}');
fs.writeFileSync(path.join(tmpdir.path, 'uses-module.js'), 'module.exports = 1;');

(async () => {
  await assert.rejects(import('data:text/javascript,require("fs")'), {
    name: 'ReferenceError',
    message: 'require is not defined in ES module scope, you can use import ' +
      'instead',
  });
  await assert.rejects(import('data:text/javascript,__filename'), {
    message: '__filename is not defined in ES module scope',
  });
  await assert.rejects(import('data:text/javascript,requireX'), {
    message: 'requireX is not defined',
  });
  const url = pathToFileURL(path.join(tmpdir.path, 'uses-module.js'));
  await assert.rejects(import(`${url}?q#h`), {
    message: 'module is not defined in ES module scope\nThis file is being ' +
      "treated as an ES module because it has a '.js' file extension and '" +
      `${path.join(tmpdir.path, 'package.json')}' contains "type": ` +
      '"module". To treat it as a CommonJS script, rename it to use the ' +
      "'.cjs' file extension.",
  });
})().then(common.mustCall());
