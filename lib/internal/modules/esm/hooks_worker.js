'use strict';

// The main script of the module customization hooks thread (see
// hooks.js for the other side). It holds the chains of `resolve` and
// `load` hooks, last registered first, each ending with node's default,
// and answers one request at a time: the main thread posts it on the
// port of workerData and sleeps in Atomics.wait on workerData.lock until
// the answer is posted and the lock is set.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  AtomicsNotify,
  AtomicsStore,
  ObjectAssign,
  ObjectDefineProperty,
  Promise,
  PromisePrototypeThen,
  PromiseResolve,
  SafeSet,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
  Symbol,
} = primordials;

const { serializeError } = require('internal/worker/errors');
const { URL } = require('internal/url');
const { resolve: esmResolve, getConditions } =
  require('internal/modules/esm/resolve');
const { getFormat } = require('internal/modules/esm/format');
const { validateAttributes } = require('internal/modules/esm/attributes');
const {
  importModule, importSiteThroughThreadHooks, setThreadHooks,
} = require('internal/modules/esm/loader');
const { dataBytes } = require('internal/modules/esm/translators');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_PROPERTY_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_LOADER_CHAIN_INCOMPLETE,
    ERR_UNSUPPORTED_ESM_URL_SCHEME,
  },
} = require('internal/errors');
const {
  isAnyArrayBuffer, isArrayBufferView, isNativeError,
} = require('internal/util/types');

const { port, lock } =
  require('internal/modules/esm/hooks').hooksThreadData();

// --- node's defaults, the last link of each chain ------------------------

function defaultResolve(specifier, context) {
  const conditions = new SafeSet(context.conditions ?? getConditions());
  const url = esmResolve(specifier, context.parentURL, conditions,
                         undefined, true);
  let format;
  // A builtin's format is left to the load step, as in node.
  if (StringPrototypeStartsWith(url, 'file:') ||
      StringPrototypeStartsWith(url, 'data:')) {
    try {
      format = getFormat(url, false);
    } catch {
      // An unknown extension is the load hook's problem.
    }
  }
  return { url, format };
}

function defaultLoad(url, context) {
  let format = context.format ?? undefined;
  if (StringPrototypeStartsWith(url, 'node:')) {
    return { format: 'builtin', source: null };
  }
  const isFile = StringPrototypeStartsWith(url, 'file:');
  if (!isFile && !StringPrototypeStartsWith(url, 'data:')) {
    throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(new URL(url),
                                             ['file', 'data', 'node']);
  }
  format ??= getFormat(url);
  validateAttributes(url, format, context.importAttributes);
  if (format === 'commonjs') return { format, responseURL: url, source: null };
  let source;
  if (isFile) {
    source = require('fs').readFileSync(new URL(url));
  } else {
    source = dataBytes(url);
  }
  return { format, responseURL: url, source };
}

// --- the chains ----------------------------------------------------------------

const chains = {
  __proto__: null,
  resolve: [{ fn: defaultResolve, url: 'node:internal/modules/esm/resolve' }],
  load: [{ fn: defaultLoad, url: 'node:internal/modules/esm/load' }],
};

const nextNames = { __proto__: null, resolve: 'nextResolve', load: 'nextLoad' };

function validateResolveOutput(output, name) {
  if (output === null || typeof output !== 'object') {
    throw new ERR_INVALID_RETURN_VALUE('an object', name, output);
  }
  const { url, format, importAttributes } = output;
  if (typeof url !== 'string') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', name, 'url',
                                                url);
  }
  try {
    new URL(url);
  } catch {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', name, 'url',
                                                url);
  }
  if (format != null && typeof format !== 'string') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a string', name, 'format',
                                                format);
  }
  if (importAttributes != null && typeof importAttributes !== 'object') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('an object', name,
                                                'importAttributes',
                                                importAttributes);
  }
}

function validateLoadOutput(output, name) {
  if (output === null || typeof output !== 'object') {
    throw new ERR_INVALID_RETURN_VALUE('an object', name, output);
  }
  const { format, source } = output;
  if (typeof format !== 'string') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a string', name, 'format',
                                                format);
  }
  // Only CommonJS (read by its own loader) and builtins need no source.
  const needsSource = format !== 'commonjs' && format !== 'builtin';
  if ((source != null || needsSource) && typeof source !== 'string' &&
      !isAnyArrayBuffer(source) && !isArrayBufferView(source)) {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE(
      'a string, an ArrayBuffer, or a TypedArray', name, 'source', source);
  }
}

function validateNextArgs(hookName, id, arg0, context) {
  const next = nextNames[hookName];
  if (hookName === 'resolve') {
    if (typeof arg0 !== 'string') {
      throw new ERR_INVALID_ARG_TYPE(`${id} hook's ${next}() specifier`,
                                     'string', arg0);
    }
  } else {
    if (typeof arg0 !== 'string') {
      throw new ERR_INVALID_ARG_TYPE(`${id} hook's ${next}() url`, 'string',
                                     arg0);
    }
    try {
      new URL(arg0);
    } catch {
      throw new ERR_INVALID_ARG_VALUE(`${id} hook's ${next}() url`, arg0,
                                      'should be a URL string');
    }
  }
  if (context !== undefined &&
      (context === null || typeof context !== 'object' ||
       ArrayIsArray(context))) {
    throw new ERR_INVALID_ARG_TYPE(`${id} hook's ${next}() context`,
                                   'object', context);
  }
}

// Runs `hookName`'s chain from the last registered hook down. A hook that
// neither calls next nor says shortCircuit breaks the chain.
async function runChain(hookName, arg0, context) {
  const chain = chains[hookName];
  const validateOutput = hookName === 'resolve' ?
    validateResolveOutput : validateLoadOutput;
  const meta = { finished: false, shortCircuited: false, id: undefined };

  function nextAt(index, callerId) {
    const link = chain[index];
    const next = async (value, newContext) => {
      if (callerId !== undefined) {
        validateNextArgs(hookName, callerId, value, newContext);
      }
      // As node: every hook of the chain sees one context object, and
      // what a next() call passes is merged into it.
      if (newContext) ObjectAssign(context, newContext);
      if (index === 0) meta.finished = true;
      const id = `${link.url} '${hookName}'`;
      meta.id = id;
      // Called as a plain function: `this` is undefined, as in node.
      const { fn } = link;
      const output = await fn(value, context,
                                   index > 0 ? nextAt(index - 1, id) :
                                     undefined);
      validateOutput(output, `${id} hook's ${nextNames[hookName]}()`);
      if (output?.shortCircuit === true) meta.shortCircuited = true;
      return output;
    };
    // As node names them: nextResolve, nextLoad.
    return {
      async [nextNames[hookName]](value, newContext) {
        return next(value, newContext);
      },
    }[nextNames[hookName]];
  }

  const output = await nextAt(chain.length - 1, undefined)(arg0);
  if (!meta.finished && !meta.shortCircuited) {
    throw new ERR_LOADER_CHAIN_INCOMPLETE(meta.id);
  }
  return output;
}

// --- requests --------------------------------------------------------------------

let customized = false;
async function register(specifier, parentURL, data) {
  const site = await resolve(specifier, parentURL, {});
  // Once a hook is registered, the next hook module is loaded through it.
  const hooks = customized ? await importSiteThroughThreadHooks(site) :
    await importModule(site.url, undefined);
  const { url } = site;
  if (typeof hooks.resolve === 'function') {
    ArrayPrototypePush(chains.resolve, { fn: hooks.resolve, url });
    customized = true;
  }
  if (typeof hooks.load === 'function') {
    ArrayPrototypePush(chains.load, { fn: hooks.load, url });
    customized = true;
  }
  // From now on this thread's own imports go through the hooks too.
  if (customized) setThreadHooks({ resolve, load: loadForThread });
  const { initialize, globalPreload } = hooks;
  // The deprecated globalPreload: kept (and warned about) only when the
  // module has no initialize.
  if (typeof globalPreload === 'function' && typeof initialize !== 'function') {
    const { emitExperimentalWarning } = require('internal/util');
    emitExperimentalWarning(
      '`globalPreload` is planned for removal in favor of `initialize`. ' +
      '`globalPreload`');
    ArrayPrototypePush(preloads, { fn: globalPreload, url });
  }
  if (typeof initialize === 'function') return initialize(data);
}

// node 20 still names the import attributes `importAssertions` too: a
// context's alias (not enumerable), and a resolve hook's result may use
// it; each use warns, once.
let warnedAssertions = false;
function warnImportAssertions() {
  if (warnedAssertions) return;
  warnedAssertions = true;
  process.emitWarning('Use `importAttributes` instead of `importAssertions`',
                      'ExperimentalWarning');
}

function withAssertionsAlias(context) {
  return ObjectDefineProperty(context, 'importAssertions', {
    __proto__: null,
    configurable: true,
    get() {
      warnImportAssertions();
      return this.importAttributes;
    },
    set(value) {
      warnImportAssertions();
      this.importAttributes = value;
    },
  });
}

async function resolve(specifier, parentURL, importAttributes) {
  const output = await runChain('resolve', specifier, withAssertionsAlias({
    conditions: [...getConditions()],
    importAttributes: { ...importAttributes },
    parentURL,
  }));
  let resolvedAttributes = output.importAttributes;
  if (!('importAttributes' in output) && 'importAssertions' in output) {
    warnImportAssertions();
    resolvedAttributes = output.importAssertions;
  }
  return {
    url: output.url,
    format: output.format ?? undefined,
    importAttributes: resolvedAttributes ?? importAttributes,
  };
}

async function load(url, format, importAttributes) {
  const context = withAssertionsAlias({
    format,
    importAttributes: { ...importAttributes },
  });
  const output = await runChain('load', url, context);
  return { format: output.format, source: output.source };
}

// globalPreload hooks, run once the --experimental-loader modules are
// registered, last first: the code each returns, for the main thread to
// run, with one end of a channel whose other end the hook got.
const preloads = [];
function globalPreload() {
  const { MessageChannel } = require('internal/worker/io');
  const scripts = [];
  const transferList = [];
  for (let i = preloads.length - 1; i >= 0; i--) {
    const { fn, url } = preloads[i];
    const { port1, port2 } = new MessageChannel();
    port1.unref();
    port2.unref();
    const code = fn({ port: port2 });
    if (code == null) continue;
    if (typeof code !== 'string') {
      throw new ERR_INVALID_RETURN_VALUE('a string', `${url} globalPreload`,
                                         fn);
    }
    ArrayPrototypePush(scripts, { code, port: port1 });
    ArrayPrototypePush(transferList, port1);
  }
  return { value: scripts, transferList };
}
const kTransfer = Symbol('kTransfer');

// A SyntaxError's stack starts with the source line and its arrow here; as
// in node, that stays on this thread: the stack that crosses starts with
// the error itself.
function withoutSourceLine(err) {
  if (!isNativeError(err)) return err;
  const { stack } = err;
  const name = `${err.name}`;
  if (typeof stack !== 'string' || StringPrototypeStartsWith(stack, name)) {
    return err;
  }
  const at = StringPrototypeIndexOf(stack, `\n${name}`);
  if (at === -1) return err;
  ObjectDefineProperty(err, 'stack', {
    __proto__: null, value: StringPrototypeSlice(stack, at + 1),
    writable: true, enumerable: false, configurable: true,
  });
  return err;
}

// What register() did on this thread (-r preloads, hook modules): in
// order, each before the next request is answered.
let registered = PromiseResolve();
function queueRegistration(args) {
  registered = PromisePrototypeThen(registered, () => register(...args));
}
{
  const queued = require('internal/modules/esm/hooks')
    .hooksThreadRegistrations(queueRegistration);
  for (let i = 0; i < queued.length; i++) queueRegistration(queued[i]);
}

// The load chain for this thread's own imports: a format the chain leaves
// unknown is an error, as on the main thread.
async function loadForThread(url, format, importAttributes) {
  const loaded = await load(url, format, importAttributes);
  if (loaded.format == null) {
    const { ERR_UNKNOWN_MODULE_FORMAT } = require('internal/errors').codes;
    throw new ERR_UNKNOWN_MODULE_FORMAT(loaded.format, url);
  }
  return loaded;
}

const handlers = {
  __proto__: null, register, resolve, load,
  globalPreload() {
    const { value, transferList } = globalPreload();
    return { [kTransfer]: transferList, value };
  },
};

function answer(message, transferList) {
  try {
    port.postMessage(message, transferList);
  } catch (err) {
    // A value that cannot be cloned (initialize's result) is undefined;
    // an error that cannot, its text.
    port.postMessage(message.value !== undefined ? { value: undefined } :
      { error: serializeError(`${err}`) });
  }
  AtomicsStore(lock, 0, 1);
  AtomicsNotify(lock, 0);
}

// While a request is in progress the port does not keep this thread's
// loop alive: if the loop runs dry, the hook's promise can never settle,
// and 'beforeExit' says so to the main thread (which keeps waiting for
// nothing otherwise). With no request in progress the port keeps it alive.
let inProgress = false;
port.on('message', async ({ type, args }) => {
  inProgress = true;
  port.unref();
  let message;
  let transferList;
  try {
    const pending = registered;
    registered = PromiseResolve();
    await pending;
    const value = await handlers[type](...args);
    if (value?.[kTransfer] !== undefined) {
      transferList = value[kTransfer];
      message = { value: value.value };
    } else {
      message = { value };
    }
  } catch (err) {
    message = { error: serializeError(withoutSourceLine(err)) };
  }
  // What the hook queued with process.nextTick (a warning it emitted, say)
  // runs before the main thread wakes: it may go on to exit the process.
  await new Promise((resolve) => process.nextTick(resolve));
  if (!inProgress) return;  // already answered: it never settles
  inProgress = false;
  port.ref();
  answer(message, transferList);
});

process.on('beforeExit', () => {
  if (!inProgress) return;
  inProgress = false;
  port.ref();
  answer({ neverSettles: true });
});

// A hook that ends this thread (process.exit, an uncaught exception) must
// not leave the main thread asleep.
process.on('exit', (code) => {
  AtomicsStore(lock, 1, 1);
  answer({ exit: code });
});
