'use strict';
// process.setSourceMapsEnabled / process.sourceMapsEnabled and what they
// change: module.findSourceMap for CommonJS modules (data: URL and a map
// file beside the code), vm scripts, error stacks in original positions,
// and back to generated positions once switched off.
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const { findSourceMap } = require('module');
const { pathToFileURL } = require('url');
const vm = require('vm');

// Validation: booleans only.
for (const bad of [undefined, null, 1, 'true', {}, () => {}]) {
  assert.throws(() => process.setSourceMapsEnabled(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "val" argument must be of type boolean\./,
  });
}
const descriptor = Object.getOwnPropertyDescriptor(process,
                                                   'sourceMapsEnabled');
assert.strictEqual(typeof descriptor.get, 'function');
assert.strictEqual(descriptor.set, undefined);
assert.strictEqual(descriptor.enumerable, true);
assert.strictEqual(process.sourceMapsEnabled, false);

const greetPath = fixtures.path('source-map', 'greet.js');
const addPath = fixtures.path('source-map', 'add.js');

// Off: nothing is cached, stacks show generated positions.
{
  const { greet } = require(greetPath);
  assert.strictEqual(findSourceMap(greetPath), undefined);
  const err = captured(greet);
  assert.match(err.stack, /greet\.js:6:15\)/);
  delete require.cache[greetPath];
}

function captured(fn) {
  try {
    fn('');
  } catch (err) {
    return err;
  }
}

process.setSourceMapsEnabled(true);
assert.strictEqual(process.sourceMapsEnabled, true);

// A data: URL map with sourcesContent.
{
  const { greet } = require(greetPath);
  const map = findSourceMap(greetPath);
  assert.ok(map);
  // Found by file URL as well as by path.
  assert.strictEqual(findSourceMap(pathToFileURL(greetPath).href), map);
  const greetTs = pathToFileURL(fixtures.path('source-map', 'greet.ts')).href;
  assert.deepStrictEqual(map.payload.sources, [greetTs]);
  assert.strictEqual(map.payload.sourceRoot, '');
  assert.strictEqual(map.lineLengths.length, 12);
  assert.strictEqual(map.lineLengths[0], "'use strict';".length);
  assert.deepStrictEqual(map.findEntry(5, 14), {
    generatedLine: 5, generatedColumn: 14, originalSource: greetTs,
    originalLine: 4, originalColumn: 10, name: undefined,
  });
  const err = captured(greet);
  const lines = err.stack.split('\n');
  assert.strictEqual(lines[0], 'Error: empty name');
  assert.strictEqual(
    lines[1],
    `    at greet (${fixtures.path('source-map', 'greet.ts')}:5:11)`);
}

// A map file beside the code, with a relative URL and the original source
// on disk.
{
  const { add } = require(addPath);
  const map = findSourceMap(addPath);
  const original = fixtures.path('source-map', 'add.original.js');
  assert.deepStrictEqual(map.payload.sources, [pathToFileURL(original).href]);
  assert.strictEqual(add(1, 2), 3);
  let err;
  try {
    add('one', 2);
  } catch (e) {
    err = e;
  }
  assert.strictEqual(err.name, 'TypeError');
  assert.match(err.stack.split('\n')[1],
               /^ {4}at add \(.*add\.original\.js:4:11\)$/);
  assert.deepStrictEqual(map.findOrigin(1, 43), {
    name: undefined, fileName: pathToFileURL(original).href,
    lineNumber: 4, columnNumber: 6,
  });
}

// Error.prepareStackTrace's default maps too; a user's override takes
// over.
{
  const { greet } = require(greetPath);
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, trace) => saved(error, trace.slice(0, 1));
  assert.match(captured(greet).stack, /^Error: empty name\n {4}at greet \(.*greet\.ts:5:11\)$/);
  Error.prepareStackTrace = (error, trace) => `${trace[0].getLineNumber()}`;
  assert.strictEqual(captured(greet).stack, '6');
  Error.prepareStackTrace = saved;
}

// A vm script's map is not cached (node 20 maps only modules, and eval
// code with a sourceURL).
{
  const payload = {
    version: 3, sources: ['orig.js'], names: [],
    mappings: 'AAUA;AACA;AACA',
  };
  const url = 'data:application/json;base64,' +
    Buffer.from(JSON.stringify(payload)).toString('base64');
  const code = 'let a = 1;\nlet b = 2;\nthrow new Error("vm");\n' +
    `//# sourceMappingURL=${url}\n`;
  const filename = fixtures.path('source-map', 'vm-script.js');
  const script = new vm.Script(code, { filename });
  assert.strictEqual(script.sourceMapURL, url);
  assert.strictEqual(findSourceMap(filename), undefined);
  assert.throws(() => script.runInThisContext(), (err) => {
    assert.match(err.stack, /\n {4}at .*vm-script\.js:3:7/);
    return true;
  });
}

// Off again: stacks in generated positions, and newly loaded code is not
// cached.
process.setSourceMapsEnabled(false);
assert.strictEqual(process.sourceMapsEnabled, false);
{
  const { greet } = require(greetPath);
  assert.match(captured(greet).stack, /greet\.js:6:15\)/);
  delete require.cache[addPath];
  require(addPath);
}
