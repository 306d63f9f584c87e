'use strict';

// The dot reporter: `.` per passing test or suite, `X` per failure, lines as
// wide as the terminal, then the failures in full.

const { ArrayPrototypePush, MathMax } = primordials;

const colors = require('internal/util/colors');
const { formatResult } = require('internal/test_runner/reporter/utils');

async function* dot(source) {
  colors.refresh();
  let count = 0;
  const columns = MathMax(process.stdout.columns ?? 20, 20);
  const failed = [];
  for await (const { type, data } of source) {
    if (type === 'test:pass') {
      yield `${colors.green}.${colors.reset}`;
    } else if (type === 'test:fail') {
      yield `${colors.red}X${colors.reset}`;
      ArrayPrototypePush(failed, data);
    } else {
      continue;
    }
    if (++count === columns) {
      yield '\n';
      count = 0;
    }
  }
  yield '\n';
  if (failed.length > 0) {
    yield `\n${colors.red}Failed tests:${colors.white}\n\n`;
    for (let i = 0; i < failed.length; i++) {
      yield formatResult('test:fail', failed[i]);
    }
  }
}

module.exports = { dot };
