'use strict';

// Running the main entry point (`nodus file.js`).

const path = require('path');

function resolveMainPath(main) {
  const { Module, toRealPath } = require('internal/modules/cjs/loader');
  let mainPath = Module._findPath(path.resolve(main), null, true);
  if (!mainPath) return;
  const { preserveSymlinksMain } = internalBinding('options').getOptions();
  if (!preserveSymlinksMain) mainPath = toRealPath(mainPath);
  return mainPath;
}

function executeUserEntryPoint(main = process.argv[1]) {
  const resolvedMain = resolveMainPath(main);
  const { Module } = require('internal/modules/cjs/loader');
  Module._load(resolvedMain ?? main, null, true);
}

module.exports = { executeUserEntryPoint, resolveMainPath };
