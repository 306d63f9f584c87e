'use strict';

// The native-backed methods and properties of `process`: hrtime, memory and
// CPU usage, exit/exitCode, kill, cwd/chdir/umask, ids, argv and friends.

const {
  Float64Array,
  NumberIsInteger,
  NumberMAX_SAFE_INTEGER,
  ObjectDefineProperty,
  ObjectFreeze,
  Uint32Array,
} = primordials;

const binding = internalBinding('process_methods');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_SIGNAL,
  },
  ErrnoException,
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateNumber,
  validateObject,
  validateString,
  parseFileMode,
} = require('internal/validators');

const hrtimeBuffer = new Uint32Array(3);

function hrtime(time) {
  binding.hrtime(hrtimeBuffer);
  if (time !== undefined) {
    validateArray(time, 'time');
    if (time.length !== 2) {
      throw new ERR_OUT_OF_RANGE('time', 2, time.length);
    }
    const sec = (hrtimeBuffer[0] * 0x100000000 + hrtimeBuffer[1]) - time[0];
    const nsec = hrtimeBuffer[2] - time[1];
    const negative = nsec < 0;
    return [negative ? sec - 1 : sec, negative ? nsec + 1e9 : nsec];
  }
  return [hrtimeBuffer[0] * 0x100000000 + hrtimeBuffer[1], hrtimeBuffer[2]];
}

function hrtimeBigInt() {
  return binding.hrtimeBigInt();
}
hrtime.bigint = hrtimeBigInt;

const memoryBuffer = new Float64Array(5);
function memoryUsage() {
  binding.memoryUsage(memoryBuffer);
  return {
    rss: memoryBuffer[0],
    heapTotal: memoryBuffer[1],
    heapUsed: memoryBuffer[2],
    external: memoryBuffer[3],
    arrayBuffers: memoryBuffer[4],
  };
}
memoryUsage.rss = () => binding.rss();

const cpuBuffer = new Float64Array(2);
function previousValueIsValid(num) {
  return typeof num === 'number' && num <= NumberMAX_SAFE_INTEGER && num >= 0;
}

function cpuUsage(prevValue) {
  binding.cpuUsage(cpuBuffer);
  if (prevValue) {
    validateObject(prevValue, 'prevValue');
    if (!previousValueIsValid(prevValue.user)) {
      validateNumber(prevValue.user, 'prevValue.user');
      throw new ERR_INVALID_ARG_VALUE.RangeError('prevValue.user',
                                                 prevValue.user);
    }
    if (!previousValueIsValid(prevValue.system)) {
      validateNumber(prevValue.system, 'prevValue.system');
      throw new ERR_INVALID_ARG_VALUE.RangeError('prevValue.system',
                                                 prevValue.system);
    }
    return {
      user: cpuBuffer[0] - prevValue.user,
      system: cpuBuffer[1] - prevValue.system,
    };
  }
  return { user: cpuBuffer[0], system: cpuBuffer[1] };
}

const resourceBuffer = new Float64Array(16);
function resourceUsage() {
  binding.resourceUsage(resourceBuffer);
  return {
    userCPUTime: resourceBuffer[0],
    systemCPUTime: resourceBuffer[1],
    maxRSS: resourceBuffer[2],
    sharedMemorySize: resourceBuffer[3],
    unsharedDataSize: resourceBuffer[4],
    unsharedStackSize: resourceBuffer[5],
    minorPageFault: resourceBuffer[6],
    majorPageFault: resourceBuffer[7],
    swappedOut: resourceBuffer[8],
    fsRead: resourceBuffer[9],
    fsWrite: resourceBuffer[10],
    ipcSent: resourceBuffer[11],
    ipcReceived: resourceBuffer[12],
    signalsCount: resourceBuffer[13],
    voluntaryContextSwitches: resourceBuffer[14],
    involuntaryContextSwitches: resourceBuffer[15],
  };
}

let signals;
function kill(pid, sig) {
  if (pid != (pid | 0)) {  // eslint-disable-line eqeqeq
    throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  }
  let signal;
  if (sig === (sig | 0)) {
    signal = sig;
  } else if (sig === undefined) {
    signal = 15;  // SIGTERM
  } else {
    signals ??= internalBinding('constants').os.signals;
    signal = signals[sig];
    if (signal === undefined) throw new ERR_UNKNOWN_SIGNAL(sig);
  }
  // Through process._kill, which programs (and node's tests) may replace.
  const err = process._kill(pid, signal);
  if (err) throw new ErrnoException(err, 'kill');
  return true;
}

let exitCode;
function validateExitCode(code) {
  if (code !== undefined && code !== null) {
    // Integer strings are accepted, as node does.
    if (typeof code === 'string' && code !== '' && NumberIsInteger(+code)) {
      return;
    }
    validateInteger(code, 'code');
  }
}

// Whether process.exit() was called (an entry module's unsettled top-level
// await then changes no exit code).
let exitCalled = false;
function exitWasCalled() {
  return exitCalled;
}

function exit(code) {
  exitCalled = true;
  if (arguments.length !== 0) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  require('internal/process/stdio').flushStdioAtExit();
  // Through the property, which programs (and node's tests) may replace.
  process.reallyExit((+process.exitCode || 0) | 0);
  // In a worker, reallyExit asked V8 to terminate this thread's JS, which
  // V8 does at its next stack check: a call is one, so nothing of the
  // caller's code after process.exit() runs.
  stackCheck();
}

function stackCheck() {}

function umask(mask) {
  if (mask === undefined) return binding.umask(-1);
  mask = parseFileMode(mask, 'mask');
  return binding.umask(mask);
}

function chdir(directory) {
  validateString(directory, 'directory');
  binding.chdir(directory);
}

function cwd() {
  return binding.cwd();
}

function uptime() {
  return binding.uptime();
}

// process.loadEnvFile(path = './.env'): the variables of a .env file go
// into process.env unless already set there (the parser is src/dotenv.cc).
function loadEnvFile(path = undefined) {
  if (path != null) {
    path = require('internal/fs/utils').getValidatedPath(path);
  }
  binding.loadEnvFile(path ?? '.env');
}

// process.getBuiltinModule(id): what require(id) gives for a built-in
// module ('fs', 'node:test'), else undefined.
function getBuiltinModule(id) {
  require('internal/validators').validateString(id, 'id');
  const { BuiltinModule } = require('internal/bootstrap/realm');
  const normalized = BuiltinModule.normalizeRequirableId(id);
  if (normalized === undefined) return undefined;
  const mod = BuiltinModule.map.get(normalized);
  mod.compileForPublicLoader();
  return mod.exports;
}

// --enable-source-maps and process.setSourceMapsEnabled(): the switch
// lives here, where the module loaders read it; the source map code
// (lib/internal/source_map/) loads only when it is first switched on.
let sourceMapsEnabled = false;
let sourceMapsLoaded = false;

function getSourceMapsEnabled() {
  return sourceMapsEnabled;
}

function setSourceMapsEnabled(val) {
  require('internal/validators').validateBoolean(val, 'val');
  if (!val && !sourceMapsLoaded) return;
  sourceMapsEnabled = val;
  sourceMapsLoaded = true;
  require('internal/source_map/prepare_stack_trace')
    .setStackTracesWithSourceMaps(val);
}

function setupProcessMethods(process) {
  process.hrtime = hrtime;
  process.uptime = uptime;
  process.memoryUsage = memoryUsage;
  process.cpuUsage = cpuUsage;
  process.resourceUsage = resourceUsage;
  process.loadEnvFile = loadEnvFile;
  process.kill = kill;
  process._kill = (pid, signal) => binding.kill(pid, signal);
  process.exit = exit;
  process.reallyExit = (code) => binding.reallyExit((+code || 0) | 0);
  process.umask = umask;
  process.chdir = chdir;
  process.cwd = cwd;
  process.abort = binding.abort;
  process.getBuiltinModule = getBuiltinModule;
  process.setSourceMapsEnabled = setSourceMapsEnabled;
  ObjectDefineProperty(process, 'sourceMapsEnabled', {
    __proto__: null, enumerable: true, configurable: true,
    get() { return sourceMapsEnabled; },
  });
  ObjectDefineProperty(process, 'allowedNodeEnvironmentFlags', {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      const flags = require('internal/process/env_flags')
        .getAllowedNodeEnvironmentFlags();
      ObjectDefineProperty(this, 'allowedNodeEnvironmentFlags', {
        __proto__: null, value: flags, enumerable: true, configurable: true,
        writable: true,
      });
      return flags;
    },
    set(value) {
      ObjectDefineProperty(this, 'allowedNodeEnvironmentFlags', {
        __proto__: null, value, enumerable: true, configurable: true,
        writable: true,
      });
    },
  });
  process._rawDebug = (...args) => {
    binding.rawDebug(require('internal/util/inspect').format(...args));
  };
  const credentials = require('internal/process/credentials');
  process.getuid = credentials.getuid;
  process.geteuid = credentials.geteuid;
  process.getgid = credentials.getgid;
  process.getegid = credentials.getegid;
  process.getgroups = credentials.getgroups;
  process.setuid = credentials.setuid;
  process.seteuid = credentials.seteuid;
  process.setgid = credentials.setgid;
  process.setegid = credentials.setegid;
  process.setgroups = credentials.setgroups;
  process.initgroups = credentials.initgroups;
  process.constrainedMemory = () => binding.constrainedMemory();
  process.availableMemory = () => binding.availableMemory();
  // What keeps the event loop alive. Handles are reported by their owner
  // (the net.Socket of a TCP handle, ...), as node does.
  process._getActiveHandles = () => {
    const { owner_symbol } = require('internal/stream_base_commons');
    const handles = binding._getActiveHandles();
    for (let i = 0; i < handles.length; i++) {
      handles[i] = handles[i][owner_symbol] ?? handles[i];
    }
    return handles;
  };
  process._getActiveRequests = () => binding._getActiveRequests();
  process.getActiveResourcesInfo = () => {
    const { getTimerCounts } = require('internal/timers');
    const { timeoutCount, immediateCount } = getTimerCounts();
    const names = [
      ...binding._getActiveRequestsInfo(), ...binding._getActiveHandlesInfo(),
    ];
    for (let i = 0; i < timeoutCount; i++) names.push('Timeout');
    for (let i = 0; i < immediateCount; i++) names.push('Immediate');
    return names;
  };

  ObjectDefineProperty(process, 'exitCode', {
    __proto__: null,
    enumerable: true,
    configurable: false,
    get() { return exitCode; },
    set(code) {
      validateExitCode(code);
      exitCode = code;
    },
  });
  ObjectDefineProperty(process, 'pid', {
    __proto__: null, enumerable: true, writable: true, configurable: true,
    value: binding.getPid(),
  });
  ObjectDefineProperty(process, 'ppid', {
    __proto__: null, enumerable: true, configurable: true,
    get() { return binding.getPpid(); },
  });
  ObjectDefineProperty(process, 'title', {
    __proto__: null, enumerable: true, configurable: true,
    get() { return binding.getTitle(); },
    set(title) {
      binding.setTitle(`${title}`);
    },
  });
}

function setupProcessInfo(process, options) {
  const { versions, execPath } = binding;
  process.version = `v${versions.node}`;
  process.versions = ObjectFreeze(versions);
  process.arch = 'x64';
  process.platform = 'linux';
  process.release = {
    name: 'node',
    lts: 'Iron',
    sourceUrl: `https://nodejs.org/download/release/v${versions.node}/` +
      `node-v${versions.node}.tar.gz`,
    headersUrl: `https://nodejs.org/download/release/v${versions.node}/` +
      `node-v${versions.node}-headers.tar.gz`,
  };
  process.execPath = execPath;
  process.argv0 = options.argv[0];
  process.argv = [execPath];
  for (let i = 1; i < options.argv.length; i++) {
    process.argv[process.argv.length] = options.argv[i];
  }
  if (options.script) {
    process.argv.splice(1, 0, options.script);
  }
  process.execArgv = options.execArgv;
  process.env = internalBinding('process_env').env;
  process.features = {
    inspector: false,
    debug: false,
    uv: true,
    ipv6: true,
    tls_alpn: false,
    tls_sni: false,
    tls_ocsp: false,
    tls: false,
    cached_builtins: true,
    require_module: !!options.experimentalRequireModule,
  };
  process.config = ObjectFreeze({
    target_defaults: {},
    variables: ObjectFreeze({
      icu_small: false,
      node_shared_openssl: true,
      node_shared_zlib: true,
      node_use_openssl: true,
      v8_enable_i18n_support: 1,
      v8_enable_inspector: 0,
      node_module_version: 115,
    }),
  });
  process.debugPort = 9229;
  process._exiting = false;
  // Present only when their switch is given, as in node (programs test
  // `'noDeprecation' in process` and set them themselves).
  for (const { 0: name, 1: on } of [
    ['noDeprecation', options.noDeprecation],
    ['throwDeprecation', options.throwDeprecation],
    ['traceDeprecation', options.traceDeprecation],
    ['traceProcessWarnings', options.traceWarnings]]) {
    if (on) process[name] = true;
  }
  if (options.title) binding.setTitle(options.title);
}

module.exports = {
  exitWasCalled,
  getSourceMapsEnabled,
  setSourceMapsEnabled,
  setupProcessMethods,
  setupProcessInfo,
};
