'use strict';

// util.debuglog(section): a logger that writes `SECTION PID: message` to
// stderr when NODE_DEBUG names the section (comma-separated, `*` wildcards,
// case-insensitive), and does nothing otherwise. NODE_DEBUG is read once,
// on the first call of any logger or `.enabled`.

const {
  ObjectDefineProperty,
  RegExp,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  SafeArrayIterator,
  StringPrototypeReplaceAll,
  StringPrototypeToLowerCase,
  StringPrototypeToUpperCase,
} = primordials;

const { format, formatWithOptions, inspect } = require('internal/util/inspect');

let sectionEnabled; // (SECTION) => boolean, from NODE_DEBUG
const loggers = { __proto__: null }; // SECTION -> the function that logs

// Sets the sections to log from `debugEnv` (the value of NODE_DEBUG). The
// bootstrap may call it; otherwise it runs on first use.
function initializeDebugEnv(debugEnv) {
  if (!debugEnv) {
    sectionEnabled = () => false;
    return;
  }
  const escaped = RegExpPrototypeSymbolReplace(/[|\\{}()[\]^$+?.]/g, debugEnv, '\\$&');
  const pattern = StringPrototypeReplaceAll(
    StringPrototypeReplaceAll(escaped, '*', '.*'), ',', '$|^');
  const regExp = new RegExp(`^${pattern}$`, 'i');
  sectionEnabled = (section) => RegExpPrototypeExec(regExp, section) !== null;
}

function isSectionEnabled(section) {
  if (sectionEnabled === undefined) initializeDebugEnv(process.env.NODE_DEBUG);
  return sectionEnabled(section);
}

function shouldColorize(stream) {
  return require('internal/util/colors').shouldColorize(stream);
}

function getLogger(section, enabled) {
  if (loggers[section] !== undefined) return loggers[section];
  if (!enabled) {
    loggers[section] = () => {};
    return loggers[section];
  }
  if (section === 'HTTP' || section === 'HTTP2') {
    process.emitWarning('Setting the NODE_DEBUG environment variable to \'' +
      `${StringPrototypeToLowerCase(section)}' can expose sensitive data ` +
      '(such as passwords, tokens and authentication headers) in the ' +
      'resulting log.');
  }
  const pid = process.pid;
  loggers[section] = function debug(...args) {
    const colors = shouldColorize(process.stderr);
    const msg = formatWithOptions({ colors }, ...new SafeArrayIterator(args));
    process.stderr.write(format('%s %s: %s\n', section, inspect(pid, { colors }), msg));
  };
  return loggers[section];
}

// `callback`, if given, receives the real logger on the first call.
function debuglog(section, callback) {
  let enabled;
  const init = () => {
    section = StringPrototypeToUpperCase(section);
    enabled = isSectionEnabled(section);
  };
  let debug = (...args) => {
    init();
    debug = getLogger(section, enabled);
    if (typeof callback === 'function') callback(debug);
    return debug(...new SafeArrayIterator(args));
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...new SafeArrayIterator(args));
  ObjectDefineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      return test();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = {
  debuglog,
  initializeDebugEnv,
};
