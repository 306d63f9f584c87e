'use strict';

// node:vm — compiling and running code in the main context or in new V8
// contexts whose global object is backed by a "contextified" object
// (src/contextify.cc, src/contextify_script.cc).

const {
  ArrayPrototypeForEach,
  FunctionPrototypeCall,
  ObjectDefineProperty,
  ObjectFreeze,
  Symbol,
} = primordials;

const {
  ContextifyScript,
  makeContext,
  compileFunction: compileFunctionBinding,
  measureMemory: measureMemoryBinding,
} = internalBinding('contextify');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateInt32,
  validateObject,
  validateOneOf,
  validateString,
  validateStringArray,
  validateUint32,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { emitExperimentalWarning, kEmptyObject } = require('internal/util');
const { Buffer } = require('buffer');
const {
  isContext,
  validateImportModuleDynamically,
  USE_MAIN_CONTEXT_DEFAULT_LOADER,
} = require('internal/vm');

const DONT_CONTEXTIFY = Symbol('vm_context_no_contextify');
// runInNewContext compiles in the context it creates; not a public option.
const kParsingContext = Symbol('script parsing context');

const constants = ObjectFreeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER,
  DONT_CONTEXTIFY,
});

function toBuffer(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

// The binding's createCachedData hands back a Uint8Array; users get a Buffer.
{
  const nativeCreateCachedData = ContextifyScript.prototype.createCachedData;
  ObjectDefineProperty(ContextifyScript.prototype, 'createCachedData', {
    __proto__: null, writable: true, enumerable: false, configurable: true,
    value: function createCachedData() {
      return toBuffer(FunctionPrototypeCall(nativeCreateCachedData, this));
    },
  });
}

function validateCachedData(cachedData, name) {
  if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'],
                                   cachedData);
  }
}

function validateParsingContext(parsingContext) {
  if (parsingContext !== undefined &&
      (typeof parsingContext !== 'object' || parsingContext === null ||
       !isContext(parsingContext))) {
    throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context',
                                   parsingContext);
  }
}

class Script extends ContextifyScript {
  constructor(code, options = kEmptyObject) {
    code = `${code}`;
    if (typeof options === 'string') {
      options = { filename: options };
    } else {
      validateObject(options, 'options');
    }
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
      [kParsingContext]: parsingContext,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    validateCachedData(cachedData, 'options.cachedData');
    validateBoolean(produceCachedData, 'options.produceCachedData');
    const importKind =
      validateImportModuleDynamically(importModuleDynamically);
    validateParsingContext(parsingContext);
    super(code, filename, lineOffset, columnOffset, cachedData,
          produceCachedData, parsingContext, importKind);
    if (produceCachedData && this.cachedData !== undefined) {
      this.cachedData = toBuffer(this.cachedData);
    }
  }

  runInThisContext(options) {
    const { timeout, displayErrors, breakOnSigint } = getRunOptions(options);
    return super.runInContext(null, timeout, displayErrors, breakOnSigint);
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    const { timeout, displayErrors, breakOnSigint } = getRunOptions(options);
    return super.runInContext(contextifiedObject, timeout, displayErrors,
                              breakOnSigint);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, getContextOptions(options));
    return this.runInContext(context, options);
  }
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context',
                                   contextifiedObject);
  }
}

// { timeout (0: none), displayErrors, breakOnSigint } of a run's options.
function getRunOptions(options = kEmptyObject) {
  validateObject(options, 'options');
  let timeout = options.timeout;
  if (timeout === undefined) {
    timeout = 0;
  } else {
    validateUint32(timeout, 'options.timeout', true);
  }
  const { displayErrors = true, breakOnSigint = false } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { timeout, displayErrors, breakOnSigint };
}

// createContext's options from runInNewContext's (contextName, ...).
function getContextOptions(options) {
  if (!options) return {};
  validateObject(options, 'options');
  const contextOptions = {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: undefined,
    microtaskMode: options.microtaskMode,
  };
  if (contextOptions.name !== undefined) {
    validateString(contextOptions.name, 'options.contextName');
  }
  if (contextOptions.origin !== undefined) {
    validateString(contextOptions.origin, 'options.contextOrigin');
  }
  if (options.contextCodeGeneration !== undefined) {
    validateObject(options.contextCodeGeneration,
                   'options.contextCodeGeneration');
    const { strings, wasm } = options.contextCodeGeneration;
    if (strings !== undefined) {
      validateBoolean(strings, 'options.contextCodeGeneration.strings');
    }
    if (wasm !== undefined) {
      validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
    }
    contextOptions.codeGeneration = { strings, wasm };
  }
  if (options.microtaskMode !== undefined) {
    validateString(options.microtaskMode, 'options.microtaskMode');
  }
  return contextOptions;
}

let nextContextNameIndex = 1;

function createContext(contextObject = {}, options = kEmptyObject) {
  if (contextObject !== DONT_CONTEXTIFY && isContext(contextObject)) {
    return contextObject;
  }
  validateObject(options, 'options');
  const {
    name = `VM Context ${nextContextNameIndex++}`,
    origin,
    codeGeneration,
    microtaskMode,
    importModuleDynamically,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
  }
  let strings = true;
  let wasm = true;
  if (codeGeneration !== undefined) {
    ({ strings = true, wasm = true } = codeGeneration);
  }
  validateBoolean(strings, 'options.codeGeneration.strings');
  validateBoolean(wasm, 'options.codeGeneration.wasm');
  validateOneOf(microtaskMode, 'options.microtaskMode',
                ['afterEvaluate', undefined]);
  validateImportModuleDynamically(importModuleDynamically);
  const sandbox = contextObject === DONT_CONTEXTIFY ? undefined : contextObject;
  return makeContext(sandbox, name, origin ?? '', strings, wasm,
                     microtaskMode === 'afterEvaluate');
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') {
    options = { filename: options };
  }
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') {
    options = { filename: options };
  }
  contextObject = createContext(contextObject, getContextOptions(options));
  options = { __proto__: null, ...options, [kParsingContext]: contextObject };
  return createScript(code, options).runInContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') {
    options = { filename: options };
  }
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = kEmptyObject) {
  validateString(code, 'code');
  if (params !== undefined) {
    validateStringArray(params, 'params');
  }
  validateObject(options, 'options');
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData = undefined,
    produceCachedData = false,
    parsingContext = undefined,
    contextExtensions = [],
    importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  validateCachedData(cachedData, 'options.cachedData');
  validateBoolean(produceCachedData, 'options.produceCachedData');
  validateParsingContext(parsingContext);
  validateArray(contextExtensions, 'options.contextExtensions');
  ArrayPrototypeForEach(contextExtensions, (extension, i) => {
    validateObject(extension, `options.contextExtensions[${i}]`,
                   /* allow arrays and functions */ 6);
  });
  const importKind = validateImportModuleDynamically(importModuleDynamically);
  const result = compileFunctionBinding(
    code, filename, lineOffset, columnOffset, cachedData, produceCachedData,
    parsingContext, importKind, contextExtensions, params ?? []);
  const fn = result.function;
  if (produceCachedData) {
    fn.cachedDataProduced = result.cachedDataProduced;
  }
  if (result.cachedData !== undefined) {
    fn.cachedData = toBuffer(result.cachedData);
  }
  if (cachedData !== undefined) {
    fn.cachedDataRejected = result.cachedDataRejected;
  }
  return fn;
}

function measureMemory(options = kEmptyObject) {
  emitExperimentalWarning('vm.measureMemory');
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  return measureMemoryBinding(mode === 'detailed', execution === 'eager');
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
