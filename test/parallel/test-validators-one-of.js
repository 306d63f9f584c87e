'use strict';
// validateOneOf through util.styleText(): an unknown format is
// ERR_INVALID_ARG_VALUE listing every accepted name.
require('../common');
const assert = require('assert');
const util = require('util');

function errorOf(fn) {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof TypeError);
    return `${err.code}: ${err.message}`;
  }
  return 'no error';
}

assert.strictEqual(
  errorOf(() => util.styleText('nope', 'text')),
  "ERR_INVALID_ARG_VALUE: The argument 'format' must be one of: 'reset', " +
  "'bold', 'dim', 'italic', 'underline', 'blink', 'inverse', 'hidden', " +
  "'strikethrough', 'doubleunderline', 'black', 'red', 'green', 'yellow', " +
  "'blue', 'magenta', 'cyan', 'white', 'bgBlack', 'bgRed', 'bgGreen', " +
  "'bgYellow', 'bgBlue', 'bgMagenta', 'bgCyan', 'bgWhite', 'framed', " +
  "'overlined', 'gray', 'redBright', 'greenBright', 'yellowBright', " +
  "'blueBright', 'magentaBright', 'cyanBright', 'whiteBright', 'bgGray', " +
  "'bgRedBright', 'bgGreenBright', 'bgYellowBright', 'bgBlueBright', " +
  "'bgMagentaBright', 'bgCyanBright', 'bgWhiteBright'. Received 'nope'");
assert.strictEqual(
  errorOf(() => util.styleText(['bold', 'nope'], 'text')),
  "ERR_INVALID_ARG_VALUE: The argument 'format' must be one of: 'reset', " +
  "'bold', 'dim', 'italic', 'underline', 'blink', 'inverse', 'hidden', " +
  "'strikethrough', 'doubleunderline', 'black', 'red', 'green', 'yellow', " +
  "'blue', 'magenta', 'cyan', 'white', 'bgBlack', 'bgRed', 'bgGreen', " +
  "'bgYellow', 'bgBlue', 'bgMagenta', 'bgCyan', 'bgWhite', 'framed', " +
  "'overlined', 'gray', 'redBright', 'greenBright', 'yellowBright', " +
  "'blueBright', 'magentaBright', 'cyanBright', 'whiteBright', 'bgGray', " +
  "'bgRedBright', 'bgGreenBright', 'bgYellowBright', 'bgBlueBright', " +
  "'bgMagentaBright', 'bgCyanBright', 'bgWhiteBright'. Received 'nope'");
assert.strictEqual(
  errorOf(() => util.styleText(42, 'text')),
  "ERR_INVALID_ARG_VALUE: The argument 'format' must be one of: 'reset', " +
  "'bold', 'dim', 'italic', 'underline', 'blink', 'inverse', 'hidden', " +
  "'strikethrough', 'doubleunderline', 'black', 'red', 'green', 'yellow', " +
  "'blue', 'magenta', 'cyan', 'white', 'bgBlack', 'bgRed', 'bgGreen', " +
  "'bgYellow', 'bgBlue', 'bgMagenta', 'bgCyan', 'bgWhite', 'framed', " +
  "'overlined', 'gray', 'redBright', 'greenBright', 'yellowBright', " +
  "'blueBright', 'magentaBright', 'cyanBright', 'whiteBright', 'bgGray', " +
  "'bgRedBright', 'bgGreenBright', 'bgYellowBright', 'bgBlueBright', " +
  "'bgMagentaBright', 'bgCyanBright', 'bgWhiteBright'. Received 42");
assert.strictEqual(
  errorOf(() => util.styleText(['red', { a: 1 }], 'text')),
  "ERR_INVALID_ARG_VALUE: The argument 'format' must be one of: 'reset', " +
  "'bold', 'dim', 'italic', 'underline', 'blink', 'inverse', 'hidden', " +
  "'strikethrough', 'doubleunderline', 'black', 'red', 'green', 'yellow', " +
  "'blue', 'magenta', 'cyan', 'white', 'bgBlack', 'bgRed', 'bgGreen', " +
  "'bgYellow', 'bgBlue', 'bgMagenta', 'bgCyan', 'bgWhite', 'framed', " +
  "'overlined', 'gray', 'redBright', 'greenBright', 'yellowBright', " +
  "'blueBright', 'magentaBright', 'cyanBright', 'whiteBright', 'bgGray', " +
  "'bgRedBright', 'bgGreenBright', 'bgYellowBright', 'bgBlueBright', " +
  "'bgMagentaBright', 'bgCyanBright', 'bgWhiteBright'. Received { a: 1 }");
