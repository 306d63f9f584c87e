'use strict';
// A name a CommonJS module does not export, imported by an ES module: the
// SyntaxError explains why and shows the default-import form (with the
// names of a one-line import, renames as destructuring). A missing export
// of an ES module keeps V8's message.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const file = (name, text) => {
  fs.writeFileSync(path.join(tmpdir.path, name), text);
  return pathToFileURL(path.join(tmpdir.path, name)).href;
};
file('lib.cjs', 'exports.here = 1;');
file('lib.mjs', 'export const here = 1;');
const hint = (names) => "Named export 'gone' not found. The requested " +
  "module './lib.cjs' is a CommonJS module, which may not support all " +
  'module.exports as named exports.\nCommonJS modules can always be ' +
  "imported via the default export, for example using:\n\nimport pkg from " +
  `'./lib.cjs';\n${names ? `const ${names} = pkg;\n` : ''}`;

(async () => {
  await assert.rejects(import(file('a.mjs',
                                   "import { here, gone } from './lib.cjs';")), {
    name: 'SyntaxError', message: hint('{ here, gone }'),
  });
  await assert.rejects(import(file('b.mjs',
                                   "import { gone as g } from './lib.cjs';")), {
    name: 'SyntaxError', message: hint('{ gone: g }'),
  });
  await assert.rejects(import(file('c.mjs',
                                   "import {\n  gone,\n} from './lib.cjs';")), {
    name: 'SyntaxError', message: hint(''),
  });
  const error = await import(file('d.mjs',
                                  "import { gone } from './lib.cjs';"))
    .catch((e) => e);
  assert.match(error.stack, /\nSyntaxError: Named export 'gone' not found/);
  await assert.rejects(import(file('e.mjs',
                                   "import { gone } from './lib.mjs';")), {
    name: 'SyntaxError',
    message: "The requested module './lib.mjs' does not provide an export " +
      "named 'gone'",
  });
})().then(common.mustCall());
