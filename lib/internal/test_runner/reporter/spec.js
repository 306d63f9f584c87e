'use strict';

// The spec reporter: a tree of ✔/✖ lines with durations, the summary, and
// the failing tests again at the end.

const {
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypeShift,
  ArrayPrototypeUnshift,
} = primordials;

const { Transform } = require('stream');
const { relative } = require('path');
const colors = require('internal/util/colors');
const { colorFor, formatResult, indent, symbols } =
  require('internal/test_runner/reporter/utils');

class SpecReporter extends Transform {
  #starts = [];      // test:start events not yet matched, newest first
  #open = [];        // tests whose header line was printed, innermost first
  #failed = [];
  #cwd = process.cwd();

  constructor() {
    super({ __proto__: null, writableObjectMode: true });
    colors.refresh();
  }

  #result(type, data) {
    ArrayPrototypeShift(this.#starts);
    let prefix = '';
    while (this.#starts.length > 0) {
      // Ancestors print their header the first time a descendant reports.
      const parent = ArrayPrototypePop(this.#starts).data;
      ArrayPrototypeUnshift(this.#open, parent);
      prefix += `${indent(parent.nesting)}${symbols['arrow:right']}${parent.name}\n`;
    }
    let hasChildren = false;
    const top = this.#open[0];
    if (top !== undefined && top.nesting === data.nesting &&
        top.name === data.name) {
      ArrayPrototypeShift(this.#open);
      hasChildren = true;
    }
    return `${formatResult(type, data, prefix, indent(data.nesting),
                           hasChildren)}\n`;
  }

  #handle({ type, data }) {
    switch (type) {
      case 'test:fail':
        if (data.details?.error?.failureType !== 'subtestsFailed') {
          ArrayPrototypePush(this.#failed, data);
        }
        return this.#result(type, data);
      case 'test:pass':
        return this.#result(type, data);
      case 'test:start':
        ArrayPrototypeUnshift(this.#starts, { __proto__: null, data, type });
        return '';
      case 'test:stderr':
      case 'test:stdout':
        return data.message;
      case 'test:diagnostic':
        return `${colorFor(type)}${indent(data.nesting)}${symbols[type]}` +
          `${data.message}${colors.white}\n`;
      default:
        return '';
    }
  }

  _transform(event, encoding, callback) {
    callback(null, this.#handle(event));
  }

  _flush(callback) {
    if (this.#failed.length === 0) {
      callback(null, '');
      return;
    }
    const out = [`\n${colors.red}${symbols['test:fail']}failing tests:` +
                 `${colors.white}\n`];
    for (let i = 0; i < this.#failed.length; i++) {
      const data = this.#failed[i];
      if (data.file) {
        ArrayPrototypePush(out, `test at ${relative(this.#cwd, data.file)}:` +
                           `${data.line}:${data.column}`);
      }
      ArrayPrototypePush(out, formatResult('test:fail', data));
    }
    callback(null, ArrayPrototypeJoin(out, '\n'));
  }
}

module.exports = { SpecReporter };
