'use strict';

// util.parseArgs(): splits command-line arguments into option values and
// positionals (POSIX short options and groups, GNU long options, `--`),
// checks them against the declared options in strict mode, and can return
// the token list it built.

const {
  ArrayPrototypeFind,
  ArrayPrototypeForEach,
  ArrayPrototypeIncludes,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeSlice,
  ArrayPrototypeUnshiftApply,
  ObjectEntries,
  ObjectPrototypeHasOwnProperty: ObjectHasOwn,
  StringPrototypeCharAt,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeStartsWith,
} = primordials;

const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
  validateUnion,
} = require('internal/validators');

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  },
} = require('internal/errors');

const { kEmptyObject } = require('internal/util');

// obj[prop] if it is an own property (config objects may have odd protos).
function objectGetOwn(obj, prop) {
  if (ObjectHasOwn(obj, prop)) return obj[prop];
}

function optionsGetOwn(options, longOption, prop) {
  if (ObjectHasOwn(options, longOption)) return objectGetOwn(options[longOption], prop);
}

// The arguments after the script (or after node's options with -e/-p).
function getMainArgs() {
  const execArgv = process.execArgv;
  if (ArrayPrototypeIncludes(execArgv, '-e') ||
      ArrayPrototypeIncludes(execArgv, '--eval') ||
      ArrayPrototypeIncludes(execArgv, '-p') ||
      ArrayPrototypeIncludes(execArgv, '--print')) {
    return ArrayPrototypeSlice(process.argv, 1);
  }
  return ArrayPrototypeSlice(process.argv, 2);
}

// The long name declared for `-x`, or `x` itself.
function findLongOptionForShort(shortOption, options) {
  validateObject(options, 'options');
  const entry = ArrayPrototypeFind(
    ObjectEntries(options),
    ({ 1: config }) => objectGetOwn(config, 'short') === shortOption);
  return entry?.[0] ?? shortOption;
}

// Any next argument can be an option's value, even one starting with '-'.
const isOptionValue = (value) => value != null;

const isOptionLikeValue = (value) =>
  value != null && value.length > 1 && StringPrototypeCharAt(value, 0) === '-';

// -f
const isLoneShortOption = (arg) =>
  arg.length === 2 && arg[0] === '-' && arg[1] !== '-';

// --foo
const isLoneLongOption = (arg) =>
  arg.length > 2 && StringPrototypeStartsWith(arg, '--') &&
  !StringPrototypeIncludes(arg, '=', 3);

// --foo=bar
const isLongOptionAndValue = (arg) =>
  arg.length > 2 && StringPrototypeStartsWith(arg, '--') &&
  StringPrototypeIncludes(arg, '=', 3);

// -abc where -a is not a string option: short options grouped together.
function isShortOptionGroup(arg, options) {
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  const longOption = findLongOptionForShort(arg[1], options);
  return optionsGetOwn(options, longOption, 'type') !== 'string';
}

// -fFILE where -f is a string option.
function isShortOptionAndValue(arg, options) {
  validateObject(options, 'options');
  if (arg.length <= 2 || arg[0] !== '-' || arg[1] === '-') return false;
  const longOption = findLongOptionForShort(arg[1], options);
  return optionsGetOwn(options, longOption, 'type') === 'string';
}

function optionToken(name, rawName, index, value, inlineValue) {
  return { kind: 'option', name, rawName, index, value, inlineValue };
}

// Phase 1: the tokens of `args`: options (with their values), positionals
// and the option terminator `--`.
function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  // Arguments expanded from a short group share the group's index.
  let groupCount = 0;
  const remaining = ArrayPrototypeSlice(args);
  while (remaining.length > 0) {
    const arg = ArrayPrototypeShift(remaining);
    const nextArg = remaining[0];
    if (groupCount > 0) {
      groupCount--;
    } else {
      index++;
    }

    if (arg === '--') {
      ArrayPrototypePush(tokens, { kind: 'option-terminator', index });
      for (const rest of remaining) {
        ArrayPrototypePush(tokens, { kind: 'positional', index: ++index, value: rest });
      }
      break;
    }

    if (isLoneShortOption(arg)) {
      const longOption = findLongOptionForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = ArrayPrototypeShift(remaining);
        inlineValue = false;
      }
      ArrayPrototypePush(tokens, optionToken(longOption, arg, index, value, inlineValue));
      if (value != null) ++index;
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      // -abfFILE -> -a -b -fFILE: a string option takes the rest as value.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = arg[i];
        const longOption = findLongOptionForShort(shortOption, options);
        if (optionsGetOwn(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          ArrayPrototypePush(expanded, `-${shortOption}`);
        } else {
          ArrayPrototypePush(expanded, `-${StringPrototypeSlice(arg, i)}`);
          break;
        }
      }
      ArrayPrototypeUnshiftApply(remaining, expanded);
      groupCount = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const longOption = findLongOptionForShort(arg[1], options);
      ArrayPrototypePush(tokens, optionToken(longOption, `-${arg[1]}`, index,
                                             StringPrototypeSlice(arg, 2), true));
      continue;
    }

    if (isLoneLongOption(arg)) {
      const longOption = StringPrototypeSlice(arg, 2);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = ArrayPrototypeShift(remaining);
        inlineValue = false;
      }
      ArrayPrototypePush(tokens, optionToken(longOption, arg, index, value, inlineValue));
      if (value != null) ++index;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const equals = StringPrototypeIndexOf(arg, '=');
      const longOption = StringPrototypeSlice(arg, 2, equals);
      ArrayPrototypePush(tokens, optionToken(longOption, `--${longOption}`, index,
                                             StringPrototypeSlice(arg, equals + 1), true));
      continue;
    }

    ArrayPrototypePush(tokens, { kind: 'positional', index, value: arg });
  }
  return tokens;
}

// Strict mode: the option is known and used with the right kind of value.
function checkOptionUsage(config, token) {
  let name = token.name;
  if (!ObjectHasOwn(config.options, name)) {
    const negated = config.allowNegative && StringPrototypeStartsWith(name, 'no-');
    if (negated) name = StringPrototypeSlice(name, 3);
    if (!negated || !ObjectHasOwn(config.options, name) ||
        optionsGetOwn(config.options, name, 'type') !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }
  const short = optionsGetOwn(config.options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionsGetOwn(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${shortAndLong}' does not take an argument`);
  }
}

// Strict mode: `--foo -x` where -x was probably meant as an option.
function checkOptionLikeValue(token) {
  if (token.inlineValue || !isOptionLikeValue(token.value)) return;
  const example = StringPrototypeStartsWith(token.rawName, '--') ?
    `'${token.rawName}=-XYZ'` :
    `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
  throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
    `Option '${token.rawName}' argument is ambiguous.\n` +
    `Did you forget to specify the option argument for '${token.rawName}'?\n` +
    `To specify an option argument starting with a dash use ${example}.`);
}

function storeOption(token, options, values, allowNegative) {
  let name = token.name;
  let value = token.value;
  if (name === '__proto__') return;
  if (allowNegative && StringPrototypeStartsWith(name, 'no-') && value === undefined) {
    name = StringPrototypeSlice(name, 3);
    token.name = name;
    value = false;
  }
  // The value given decides what is stored, not the declared type.
  const stored = value ?? true;
  if (optionsGetOwn(options, name, 'multiple')) {
    if (values[name]) {
      ArrayPrototypePush(values[name], stored);
    } else {
      values[name] = [stored];
    }
  } else {
    values[name] = stored;
  }
}

function validateOptionConfig(longOption, optionConfig) {
  validateObject(optionConfig, `options.${longOption}`);
  const type = objectGetOwn(optionConfig, 'type');
  validateUnion(type, `options.${longOption}.type`, ['string', 'boolean']);

  if (ObjectHasOwn(optionConfig, 'short')) {
    const short = optionConfig.short;
    validateString(short, `options.${longOption}.short`);
    if (short.length !== 1) {
      throw new ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, short,
                                      'must be a single character');
    }
  }

  const multiple = objectGetOwn(optionConfig, 'multiple');
  if (ObjectHasOwn(optionConfig, 'multiple')) {
    validateBoolean(multiple, `options.${longOption}.multiple`);
  }

  const defaultValue = objectGetOwn(optionConfig, 'default');
  if (defaultValue !== undefined) {
    const name = `options.${longOption}.default`;
    if (type === 'string') {
      (multiple ? validateStringArray : validateString)(defaultValue, name);
    } else {
      (multiple ? validateBooleanArray : validateBoolean)(defaultValue, name);
    }
  }
}

function parseArgs(config = kEmptyObject) {
  const args = objectGetOwn(config, 'args') ?? getMainArgs();
  const strict = objectGetOwn(config, 'strict') ?? true;
  const allowPositionals = objectGetOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = objectGetOwn(config, 'tokens') ?? false;
  const allowNegative = objectGetOwn(config, 'allowNegative') ?? false;
  const options = objectGetOwn(config, 'options') ?? { __proto__: null };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  ArrayPrototypeForEach(ObjectEntries(options),
                        ({ 0: longOption, 1: optionConfig }) =>
                          validateOptionConfig(longOption, optionConfig));

  const tokens = argsToTokens(args, options);

  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };
  ArrayPrototypeForEach(tokens, (token) => {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      ArrayPrototypePush(result.positionals, token.value);
    }
  });

  // Defaults for the options not given.
  ArrayPrototypeForEach(ObjectEntries(options), ({ 0: longOption, 1: optionConfig }) => {
    const defaultValue = objectGetOwn(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined &&
        longOption !== '__proto__') {
      result.values[longOption] = defaultValue;
    }
  });

  return result;
}

module.exports = {
  parseArgs,
};
