'use strict';

// The last steps before user code runs: process.argv[1] made absolute, the
// IPC channel of a forked child, a cluster worker's link to its primary,
// the -r preloads, --frozen-intrinsics and the --experimental-loader hooks.

const { NumberParseInt } = primordials;

const path = require('path');

function prepareMainThreadExecution(expandArgv1) {
  const options = internalBinding('options').getOptions();
  let mainEntry;
  if (expandArgv1 && process.argv[1] && process.argv[1] !== '-') {
    mainEntry = path.resolve(process.argv[1]);
    process.argv[1] = mainEntry;
  }
  initializeSourceMaps(options);
  initializeESMHooks();
  setupChildProcessIpcChannel();
  initializeClusterWorker();
  loadPreloadModules(options);
  initializeFrozenIntrinsics(options);
  registerLoaders(options);
  return mainEntry;
}

// A worker thread has no IPC channel or cluster link of its own (its copy
// of process.env may still name its process').
function prepareWorkerThreadExecution() {
  const options = internalBinding('options').getOptions();
  initializeSourceMaps(options);
  initializeESMHooks();
  loadPreloadModules(options);
  initializeFrozenIntrinsics(options);
  registerLoaders(options);
}

// --frozen-intrinsics: after the -r preloads (which may still extend the
// built-ins), before --import and user code. Each thread warns, as in node.
function initializeFrozenIntrinsics(options) {
  if (!options.frozenIntrinsics) return;
  // Node 20's wording.
  process.emitWarning('Frozen intristics is an experimental feature and ' +
                      'might change at any time', 'ExperimentalWarning');
  // Buffer (loaded on first use) inherits Uint8Array's statics and assigns
  // its own over them: it is made before they are frozen, as in node.
  require('buffer');
  require('internal/freeze_intrinsics').freezeIntrinsics();
}

// --enable-source-maps: the source map code loads only then.
function initializeSourceMaps(options) {
  if (options.enableSourceMaps) {
    require('internal/process/per_thread').setSourceMapsEnabled(true);
  }
}

// --experimental-loader: customization hooks registered before any user
// module is loaded (after the -r preloads, as node orders them).
function registerLoaders(options) {
  if (options.loaders.length > 0) {
    require('internal/modules/esm/hooks').registerLoaders(options.loaders);
  }
}

// import() and import.meta reach the ES module loader, which loads on
// first use.
function initializeESMHooks() {
  let loader;
  internalBinding('module_wrap').setCallbacks(
    (specifier, referrer, attributes, vmLoader) => {
      loader ??= require('internal/modules/esm/loader');
      return loader.importModuleDynamically(specifier, referrer, attributes,
                                            vmLoader);
    },
    (meta, wrap) => {
      loader ??= require('internal/modules/esm/loader');
      loader.initializeImportMeta(meta, wrap);
    });
}

function loadPreloadModules(options) {
  if (options.preload.length > 0) {
    const { Module } = require('internal/modules/cjs/loader');
    Module._preloadModules(options.preload);
  }
}

// A child forked by child_process.fork (of node or nodus) finds its channel
// to the parent on fd NODE_CHANNEL_FD, speaking the format named by
// NODE_CHANNEL_SERIALIZATION_MODE; both variables are removed so that
// grandchildren do not inherit them.
function setupChildProcessIpcChannel() {
  if (!process.env.NODE_CHANNEL_FD) return;
  const fd = NumberParseInt(process.env.NODE_CHANNEL_FD, 10);
  delete process.env.NODE_CHANNEL_FD;
  const serializationMode =
    process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!(fd >= 0)) return;
  require('internal/child_process/channel').forkChild(fd, serializationMode);
}

// A cluster worker talks to its primary before any user code runs.
function initializeClusterWorker() {
  if (!process.env.NODE_UNIQUE_ID) return;
  require('cluster')._setupWorker();
  // Not for the worker's own children.
  delete process.env.NODE_UNIQUE_ID;
}

module.exports = { prepareMainThreadExecution, prepareWorkerThreadExecution };
