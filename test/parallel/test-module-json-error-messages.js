'use strict';
// The module loaders name a JSON syntax error as node 20 does (V8 11's
// words): require() of a .json file, JSON modules, package.json files
// (ERR_INVALID_PACKAGE_CONFIG when the ES module resolver reads one).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const cases = [
  ['{"a" 1}', "Expected ':' after property name in JSON at position 5"],
  ['"abc', 'Unterminated string in JSON at position 4'],
  ['', 'Unexpected end of JSON input'],
  ['{', "Expected property name or '}' in JSON at position 1"],
  ['[1,]', 'Unexpected token \']\', "[1,]" is not valid JSON'],
  ['{"a":1,}', 'Expected double-quoted property name in JSON at position 7'],
  ['{"a":1}x', 'Unexpected non-whitespace character after JSON at position 7'],
  ['"\\x"', 'Bad escaped character in JSON at position 2'],
  ['"\\u12x4"', 'Bad Unicode escape in JSON at position 5'],
  ['"a\u0001"', 'Bad control character in string literal in JSON at position 2'],
  ['01', 'Unexpected number in JSON at position 1'],
  ['-', 'No number after minus sign in JSON at position 1'],
  ['1.', 'Unterminated fractional number in JSON at position 2'],
  ['1e+', 'Exponent part is missing a number in JSON at position 3'],
  ['[1 2]', "Expected ',' or ']' after array element in JSON at position 3"],
  ['{"a":1', "Expected ',' or '}' after property value in JSON at position 6"],
  ['{"a":1,"b" 1}', 'Unexpected number in JSON at position 11'],
  ['undefined', '"undefined" is not valid JSON'],
  ['trux', 'Unexpected token \'x\', "trux" is not valid JSON'],
  ['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
   'Unexpected token \'x\', "xxxxxxxxxx"... is not valid JSON'],
  ['[1,2,3,4,5,6,7,8,9,10,11,12,x,14,15,16]',
   'Unexpected token \'x\', ...",10,11,12,x,14,15,16"... is not valid JSON'],
  ['[1,2,3,4,5,6,7,8,9,10,11,12,13,x]',
   'Unexpected token \'x\', ...",11,12,13,x]" is not valid JSON'],
];

cases.forEach(([text, message], i) => {
  const file = tmpdir.resolve(`case-${i}.json`);
  fs.writeFileSync(file, text);
  assert.throws(() => require(file), {
    name: 'SyntaxError',
    message: `${file}: ${message}`,
  });
});

// A package.json that is not JSON.
const pkg = tmpdir.resolve('node_modules/bad-pkg');
fs.mkdirSync(pkg, { recursive: true });
fs.writeFileSync(path.join(pkg, 'package.json'), '{\n  "main" "x.js"\n}\n');
const pkgJson = path.join(pkg, 'package.json');
const expected = "Expected ':' after property name in JSON at position 11";
assert.throws(() => require(pkg), {
  name: 'SyntaxError',
  message: `Error parsing ${pkgJson}: ${expected}`,
});
const importer = tmpdir.resolve('importer.mjs');
fs.writeFileSync(importer, "import 'bad-pkg';\n");

(async () => {
  await assert.rejects(import(importer), {
    code: 'ERR_INVALID_PACKAGE_CONFIG',
    message: `Invalid package config ${pkgJson} while importing "bad-pkg" ` +
             `from ${importer}. ${expected}`,
  });
  // A JSON module, and a data: URL whose type is no type at all.
  await assert.rejects(
    import('data:application/json,{"a":', { with: { type: 'json' } }),
    { name: 'SyntaxError',
      message: 'data:application/json,{"a":: Unexpected end of JSON input' });
  await assert.rejects(import('data:invalid,null'), {
    code: 'ERR_INVALID_URL',
  });
})().then(common.mustCall());
