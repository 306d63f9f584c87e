'use strict';

// `nodus -c file` (or stdin): compile without running; a syntax error is
// reported like any uncaught one. The format is worked out as for running:
// --input-type for stdin, the extension and package "type" (or detection)
// for a file; an ES module is compiled as one.

const { prepareMainThreadExecution } = require('internal/process/pre_execution');
const path = require('path');

prepareMainThreadExecution(true);
const { wrapSafe } = require('internal/modules/cjs/loader');
const filename = process.argv[1];
if (filename && filename !== '-') {
  const resolved = require('internal/modules/cjs/loader').Module
    ._resolveFilename(path.resolve(filename), null, true);
  const source = internalBinding('modules').readFileUtf8(resolved);
  checkSyntax(source, resolved, () => {
    const { pathToFileURL } = require('internal/url');
    const { getFormat } = require('internal/modules/esm/format');
    return getFormat(pathToFileURL(resolved).href);
  });
} else {
  const source = internalBinding('stdio').readAll(0);
  checkSyntax(source, '[stdin]', () => {
    const { inputType } = internalBinding('options').getOptions();
    return inputType === 'module' ? 'module' : 'commonjs';
  });
}

// Async as in node, which first works out the module format: a syntax
// error is reported as the rejection of this call, with only its frames.
// --import's modules run first, as in node.
async function checkSyntax(source, name, formatOf) {
  await require('internal/modules/esm/loader').runImports();
  if (formatOf() === 'module') {
    const { ModuleWrap } = internalBinding('module_wrap');
    new ModuleWrap(name, source, 0, 0);
    return;
  }
  wrapSafe(name, source);
}
