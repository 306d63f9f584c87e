'use strict';

// Stacks and uncaught-error reports in original positions, while source
// maps are on: each frame in code with a source map shows the original
// file, line and column (and the original name when the map has one), and
// the report of an uncaught error shows the original source line under
// its file:line, as node does.

const {
  ArrayPrototypeJoin,
  ErrorPrototypeToString,
  RegExpPrototypeSymbolSplit,
  SafeStringIterator,
  StringPrototypeRepeat,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
} = primordials;

const { findSourceMap } = require('internal/source_map/source_map_cache');
const {
  kIsNodeError,
  defaultPrepareStackTrace,
  setInternalPrepareStackTrace,
} = require('internal/errors');

let urlModule;
const lazyURL = () => (urlModule ??= require('internal/url'));

function displayPath(source) {
  return StringPrototypeStartsWith(source, 'file://') ?
    lazyURL().fileURLToPath(source) : source;
}

// The name a transpiler may have dropped from frame `i`: the map's name at
// the start of the enclosing function, else its name at the call in the
// next frame (when that frame is in the same file).
function originalSymbolName(sourceMap, trace, i) {
  const frame = trace[i];
  const enclosing = sourceMap.findEntry(frame.getEnclosingLineNumber() - 1,
                                        frame.getEnclosingColumnNumber() - 1);
  if (enclosing.name) return enclosing.name;
  const next = trace[i + 1];
  if (next && frame.getFileName() === next.getFileName()) {
    return sourceMap.findEntry(next.getLineNumber() - 1,
                               next.getColumnNumber() - 1).name;
  }
  return undefined;
}

// "    at name (file:line:column)" in original terms, or undefined when the
// frame's code has no mapping there.
function mappedFrame(frame, trace, i, sourceMap) {
  const {
    originalLine,
    originalColumn,
    originalSource,
  } = sourceMap.findEntry(frame.getLineNumber() - 1,
                          frame.getColumnNumber() - 1);
  if (!originalSource || originalLine === undefined ||
      originalColumn === undefined) {
    return undefined;
  }
  const symbol = originalSymbolName(sourceMap, trace, i);
  const functionName = frame.getFunctionName() ?? frame.getMethodName();
  const typeName = frame.getTypeName();
  const receiver = typeName !== null && typeName !== 'global' ?
    `${typeName}.` : '';
  const generatedName = `${receiver}${functionName || '<anonymous>'}`;
  const name = symbol && symbol !== generatedName ? symbol : generatedName;
  const prefix = `${frame.isAsync() ? 'async ' : ''}` +
    `${frame.isConstructor() ? 'new ' : ''}`;
  return `${prefix}${name} (${displayPath(originalSource)}:` +
    `${originalLine + 1}:${originalColumn + 1})`;
}

// Error.prepareStackTrace's default while source maps are on.
function prepareStackTraceWithSourceMaps(error, trace) {
  if (trace.length === 0) return defaultPrepareStackTrace(error, trace);
  const header = kIsNodeError in error ?
    `${error.name} [${error.code}]: ${error.message}` :
    ErrorPrototypeToString(error);
  const lines = [];
  let lastFile;
  let lastSourceMap;
  for (let i = 0; i < trace.length; i++) {
    const frame = trace[i];
    let line;
    try {
      const file = frame.getFileName();
      if (file !== lastFile) {
        lastFile = file;
        lastSourceMap = file ? findSourceMap(file) : undefined;
      }
      if (lastSourceMap !== undefined) {
        line = mappedFrame(frame, trace, i, lastSourceMap);
      }
    } catch {
      // A frame that cannot be mapped shows as V8 has it.
    }
    lines[i] = line ?? `${frame}`;
  }
  return `${header}\n    at ${ArrayPrototypeJoin(lines, '\n    at ')}`;
}

// The text of original source `source` of a map: its sourcesContent, or
// the file itself.
function originalSourceText(sourceMap, source) {
  const { payload } = sourceMap;
  const sources = payload.sources ?? [];
  for (let i = 0; i < sources.length; i++) {
    if (sources[i] === source) {
      const content = payload.sourcesContent?.[i];
      if (typeof content === 'string' && content !== '') return content;
      break;
    }
  }
  if (!StringPrototypeStartsWith(source, 'file://')) return undefined;
  try {
    return require('fs').readFileSync(lazyURL().fileURLToPath(source), 'utf8');
  } catch {
    return undefined;
  }
}

// "file:line\nsource line\n   ^\n\n" for an original position, or
// undefined when the original source is out of reach.
function originalErrorSource(sourceMap, source, line, column) {
  const text = originalSourceText(sourceMap, source);
  if (text === undefined) return undefined;
  const sourceLine = RegExpPrototypeSymbolSplit(/\r?\n/, text, line + 1)[line];
  if (!sourceLine) return undefined;
  const { getStringWidth } = require('internal/util/inspect');
  let indent = '';
  const before = StringPrototypeSlice(sourceLine, 0, column);
  for (const character of new SafeStringIterator(before)) {
    indent += character === '\t' ? '\t' :
      StringPrototypeRepeat(' ', getStringWidth(character));
  }
  return `${displayPath(source)}:${line + 1}\n${sourceLine}\n${indent}^\n\n`;
}

// Called by the runtime for the report of an uncaught error thrown in code
// that has a source map: (file, 1-based line, 0-based column) of the throw.
function sourceMapErrorSource(fileName, lineNumber, columnNumber) {
  try {
    const sourceMap = findSourceMap(fileName);
    if (sourceMap === undefined) return undefined;
    const {
      originalLine,
      originalColumn,
      originalSource,
    } = sourceMap.findEntry(lineNumber - 1, columnNumber);
    if (!originalSource || originalLine === undefined) return undefined;
    return originalErrorSource(sourceMap, originalSource, originalLine,
                               originalColumn);
  } catch {
    return undefined;
  }
}

// Source maps on or off for stacks and reports.
function setStackTracesWithSourceMaps(enabled) {
  const errors = internalBinding('errors');
  if (enabled) {
    setInternalPrepareStackTrace(prepareStackTraceWithSourceMaps);
    errors.setSourceMapErrorSource(sourceMapErrorSource);
  } else {
    setInternalPrepareStackTrace(defaultPrepareStackTrace);
    errors.setSourceMapErrorSource(undefined);
  }
}

module.exports = {
  prepareStackTraceWithSourceMaps,
  setStackTracesWithSourceMaps,
};
