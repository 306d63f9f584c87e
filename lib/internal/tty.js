'use strict';

// Colour support of a terminal, from the environment, as node decides it
// (NO_COLOR, FORCE_COLOR, NODE_DISABLE_COLORS, TERM, CI variables).

const {
  ArrayPrototypeSome,
  ObjectPrototypeHasOwnProperty,
  RegExpPrototypeExec,
  StringPrototypeSplit,
  StringPrototypeToLowerCase,
} = primordials;

const { validateInteger } = require('internal/validators');

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

const TERM_ENVS = {
  'eterm': COLORS_16,
  'cons25': COLORS_16,
  'console': COLORS_16,
  'cygwin': COLORS_16,
  'dtterm': COLORS_16,
  'gnome': COLORS_16,
  'hurd': COLORS_16,
  'jfbterm': COLORS_16,
  'konsole': COLORS_16,
  'kterm': COLORS_16,
  'mlterm': COLORS_16,
  'mosh': COLORS_16m,
  'putty': COLORS_16,
  'st': COLORS_16,
  'rxvt-unicode-24bit': COLORS_16m,
  'terminator': COLORS_16m,
};

const TERM_ENVS_REG_EXP = [
  /ansi/,
  /color/,
  /linux/,
  /^con[0-9]*x[0-9]/,
  /^rxvt/,
  /^screen/,
  /^xterm/,
  /^vt100/,
];

let warned = false;
function warnOnDeactivatedColors(env) {
  if (warned) return;
  let name = '';
  if (env.NODE_DISABLE_COLORS !== undefined) name = 'NODE_DISABLE_COLORS';
  if (env.NO_COLOR !== undefined) {
    if (name !== '') name += "' and '";
    name += 'NO_COLOR';
  }
  if (name !== '') {
    process.emitWarning(
      `The '${name}' env is ignored due to the 'FORCE_COLOR' env being set.`,
      'Warning');
    warned = true;
  }
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '':
      case '1':
      case 'true':
        warnOnDeactivatedColors(env);
        return COLORS_16;
      case '2':
        warnOnDeactivatedColors(env);
        return COLORS_256;
      case '3':
        warnOnDeactivatedColors(env);
        return COLORS_16m;
      default:
        return COLORS_2;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined ||
      env.NO_COLOR !== undefined ||
      env.TERM === 'dumb') {
    return COLORS_2;
  }
  if (process.platform === 'win32') {
    // Windows 10 consoles have 256 colours from build 10586 and true colour
    // from build 14931; older ones 16.
    const version = StringPrototypeSplit(require('os').release(), '.');
    if (+version[0] >= 10) {
      const build = +version[2];
      if (build >= 14931) return COLORS_16m;
      if (build >= 10586) return COLORS_256;
    }
    return COLORS_16;
  }
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    if (['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS',
         'GITLAB_CI', 'TRAVIS'].some((sign) => sign in env) ||
        env.CI_NAME === 'codeship') {
      return COLORS_256;
    }
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return RegExpPrototypeExec(/^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/,
                               env.TEAMCITY_VERSION) !== null ?
      COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION ||
        RegExpPrototypeExec(/^[0-2]\./, env.TERM_PROGRAM_VERSION) !== null) {
        return COLORS_256;
      }
      return COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') {
    return COLORS_16m;
  }
  if (env.TERM) {
    if (RegExpPrototypeExec(/^xterm-256/, env.TERM) !== null) {
      return COLORS_256;
    }
    const termEnv = StringPrototypeToLowerCase(env.TERM);
    if (ObjectPrototypeHasOwnProperty(TERM_ENVS, termEnv)) {
      return TERM_ENVS[termEnv];
    }
    if (ArrayPrototypeSome(TERM_ENVS_REG_EXP,
                           (term) => RegExpPrototypeExec(term, termEnv) !== null)) {
      return COLORS_16;
    }
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined &&
      (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };
