'use strict';
// The format the default resolve gives a resolve hook: known from the
// extension or the package "type", and null for a .js or extensionless file
// that only its syntax could place (the default load detects it later).
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const typeless = tmpdir.resolve('typeless');
const typed = tmpdir.resolve('typed');
fs.mkdirSync(typeless);
fs.mkdirSync(typed);
fs.writeFileSync(path.join(typeless, 'package.json'), '{}\n');
fs.writeFileSync(path.join(typed, 'package.json'), '{ "type": "module" }\n');
fs.writeFileSync(path.join(typeless, 'esm.js'), 'export const a = 1;\n');
fs.writeFileSync(path.join(typeless, 'noext'), 'export const a = 1;\n');
fs.writeFileSync(path.join(typeless, 'cjs.js'), 'exports.a = 1;\n');
fs.writeFileSync(path.join(typeless, 'x.cjs'), 'exports.a = 1;\n');
fs.writeFileSync(path.join(typed, 'm.js'), 'export const a = 1;\n');
const main = tmpdir.resolve('main.mjs');
fs.writeFileSync(main, [
  './typeless/esm.js', './typeless/noext', './typeless/cjs.js',
  './typeless/x.cjs', './typed/m.js', 'node:fs',
].map((s) => `import ${JSON.stringify(s)};`).join('\n'));

const loader = 'data:text/javascript,import { writeSync } from "node:fs";' +
  'export async function resolve(s, c, next) {' +
  '  const r = await next(s, c);' +
  '  if (!r.url.endsWith("main.mjs")) writeSync(1, `${s} ${r.format}\\n`);' +
  '  return r; }';
const result = spawnSync(process.execPath,
                         ['--no-warnings', '--loader', loader, main],
                         { encoding: 'utf8' });
assert.strictEqual(result.stderr, '');
assert.strictEqual(result.stdout,
                   './typeless/esm.js null\n./typeless/noext null\n' +
                   './typeless/cjs.js null\n./typeless/x.cjs commonjs\n' +
                   './typed/m.js module\nnode:fs undefined\n');
