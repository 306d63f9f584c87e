'use strict';

// The os module: host, CPU, memory, network and user information
// (internalBinding('os')), and os.constants.

const {
  ArrayPrototypePush,
  Float64Array,
  ObjectDefineProperties,
  StringPrototypeEndsWith,
  StringPrototypeSlice,
  SymbolToPrimitive,
} = primordials;

const binding = internalBinding('os');
const { os: osConstants } = internalBinding('constants');
const {
  codes: { ERR_SYSTEM_ERROR },
  uvErrmapGet,
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');

// Runs a binding call that records failures in a ctx object, and throws
// ERR_SYSTEM_ERROR as node does.
function checked(fn, ...args) {
  const ctx = {};
  const result = fn(...args, ctx);
  if (ctx.errno !== undefined) {
    const entry = uvErrmapGet(ctx.errno);
    throw new ERR_SYSTEM_ERROR({
      errno: ctx.errno,
      code: entry ? entry[0] : 'UNKNOWN',
      message: entry ? entry[1] : 'unknown error',
      syscall: ctx.syscall,
    });
  }
  return result;
}

// The simple getters also convert to their value (`${os.hostname}`), as in
// node.
function withPrimitive(fn) {
  fn[SymbolToPrimitive] = () => fn();
  return fn;
}

function osInfo(index) {
  return checked(binding.getOSInformation)[index];
}

const hostname = withPrimitive(function hostname() {
  return checked(binding.getHostname);
});
Object.defineProperty(hostname, 'name', { value: 'wrappedFn' });
const homedir = withPrimitive(function homedir() {
  return checked(binding.getHomeDirectory);
});
Object.defineProperty(homedir, 'name', { value: 'wrappedFn' });
const uptime = withPrimitive(function uptime() {
  return checked(binding.getUptime);
});
Object.defineProperty(uptime, 'name', { value: 'wrappedFn' });

const getOSType = withPrimitive(function getOSType() { return osInfo(0); });
const getOSVersion = withPrimitive(function getOSVersion() { return osInfo(1); });
const getOSRelease = withPrimitive(function getOSRelease() { return osInfo(2); });
const getMachine = withPrimitive(function getMachine() { return osInfo(3); });
const getTotalMem = withPrimitive(function getTotalMem() {
  return binding.getTotalMem();
});
const getFreeMem = withPrimitive(function getFreeMem() {
  return binding.getFreeMem();
});
const getAvailableParallelism = withPrimitive(
  function getAvailableParallelism() {
    return binding.getAvailableParallelism();
  });
const arch = withPrimitive(function arch() { return process.arch; });
const platform = withPrimitive(function platform() { return process.platform; });
const endianness = withPrimitive(function endianness() { return 'LE'; });

const tmpdir = withPrimitive(function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP ||
    '/tmp';
  if (path.length > 1 && StringPrototypeEndsWith(path, '/')) {
    path = StringPrototypeSlice(path, 0, -1);
  }
  return path;
});

const loadBuffer = new Float64Array(3);
function loadavg() {
  binding.getLoadAvg(loadBuffer);
  return [loadBuffer[0], loadBuffer[1], loadBuffer[2]];
}

function cpus() {
  const data = binding.getCPUs();
  const result = [];
  for (let i = 0; i < data.length; i += 7) {
    ArrayPrototypePush(result, {
      model: data[i],
      speed: data[i + 1],
      times: {
        user: data[i + 2],
        nice: data[i + 3],
        sys: data[i + 4],
        idle: data[i + 5],
        irq: data[i + 6],
      },
    });
  }
  return result;
}

// '255.255.255.0' -> 24; '' for a mask that is not contiguous.
function prefixLength(netmask, family) {
  let bits = 0;
  if (family === 'IPv4') {
    for (const part of netmask.split('.')) {
      let n = +part;
      while (n & 0x80) {
        bits++;
        n = (n << 1) & 0xff;
      }
      if (n !== 0) return null;
    }
    return bits;
  }
  for (const part of netmask.split(':')) {
    if (part === '') continue;
    let n = parseInt(part, 16);
    while (n & 0x8000) {
      bits++;
      n = (n << 1) & 0xffff;
    }
    if (n !== 0) return null;
  }
  return bits;
}

function networkInterfaces() {
  const data = checked(binding.getInterfaceAddresses);
  const result = {};
  for (let i = 0; i < data.length; i += 7) {
    const name = data[i];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: null,
    };
    const bits = prefixLength(entry.netmask, entry.family);
    entry.cidr = bits === null ? null : `${entry.address}/${bits}`;
    if (entry.family === 'IPv6') entry.scopeid = data[i + 6];
    (result[name] ??= []).push(entry);
  }
  return result;
}

function userInfo(options) {
  // Anything but an object is ignored, as in node.
  if (typeof options !== 'object') options = null;
  const data = checked(binding.getUserInfo);
  const info = { __proto__: null, uid: data[0], gid: data[1],
                 username: data[2], homedir: data[3], shell: data[4] };
  if (options?.encoding === 'buffer') {
    const { Buffer } = require('buffer');
    info.username = Buffer.from(info.username);
    info.homedir = Buffer.from(info.homedir);
    if (info.shell !== null) info.shell = Buffer.from(info.shell);
  }
  return info;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  checked(binding.setPriority, pid, priority);
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  return checked(binding.getPriority, pid);
}

const constants = {
  __proto__: null,
  UV_UDP_REUSEADDR: osConstants.UV_UDP_REUSEADDR,
  dlopen: { __proto__: null, ...osConstants.dlopen },
  errno: { __proto__: null, ...osConstants.errno },
  signals: { __proto__: null, ...osConstants.signals },
  priority: { __proto__: null, ...osConstants.priority },
};

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime,
  version: getOSVersion,
  machine: getMachine,
};

ObjectDefineProperties(module.exports, {
  constants: {
    __proto__: null, configurable: false, enumerable: true, value: constants,
  },
  EOL: {
    __proto__: null, configurable: true, enumerable: true, writable: false,
    value: '\n',
  },
  devNull: {
    __proto__: null, configurable: true, enumerable: true, writable: false,
    value: '/dev/null',
  },
});
