'use strict';

// module.SourceMap: a Source Map v3 payload (or an index map of sections)
// decoded into a sorted table of mappings, with node 20's lookups:
// findEntry(line, column) (0-based) and findOrigin(line, column) (1-based).
//
// The table holds one entry per segment of `mappings`:
//   [generatedLine, generatedColumn, source, originalLine, originalColumn,
//    name]
// with the last four undefined for a one-field segment.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  ArrayPrototypeSlice,
  ArrayPrototypeSort,
  ObjectPrototypeHasOwnProperty,
  StringPrototypeCharCodeAt,
} = primordials;

const { validateObject } = require('internal/validators');

// Base64 digit values by char code; -1 for anything else.
const kBase64 = (() => {
  const alphabet =
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) {
    table[StringPrototypeCharCodeAt(alphabet, i)] = i;
  }
  return table;
})();

const kComma = 44;
const kSemicolon = 59;

// Reads the mappings string one VLQ number at a time.
class MappingsReader {
  constructor(text) {
    this.text = text;
    this.pos = 0;
  }

  atEnd() {
    return this.pos >= this.text.length;
  }

  // Whether the current segment has no more fields (',' or ';' next). The
  // end of the string does not end a segment: a final segment reads its
  // missing fields as zero deltas, as node's decoder does.
  atSegmentEnd() {
    const c = StringPrototypeCharCodeAt(this.text, this.pos);
    return c === kComma || c === kSemicolon;
  }

  // One base64 VLQ value, its sign in the lowest bit of the first digit.
  // The value is kept to 32 bits; "minus zero" reads as -2^31.
  readVLQ() {
    let bits = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.text.length) break;
      const code = StringPrototypeCharCodeAt(this.text, this.pos++);
      // A character outside base64 reads as a zero digit.
      const digit = code < 128 && kBase64[code] >= 0 ? kBase64[code] : 0;
      bits = (bits | ((digit & 31) << shift)) >>> 0;
      shift += 5;
      if ((digit & 32) === 0) break;
    }
    const magnitude = bits >>> 1;
    if ((bits & 1) === 0) return magnitude;
    return magnitude === 0 ? -2147483648 : -magnitude;
  }
}

function compareEntries(a, b) {
  return a[0] - b[0] || a[1] - b[1];
}

// Appends the mappings of one (non-index) map to `out`, shifted by the
// section offset (the column offset applies to the section's first line).
function decodeMap(map, lineOffset, columnOffset, out) {
  const sources = ArrayIsArray(map.sources) ? map.sources : [];
  const names = ArrayIsArray(map.names) ? map.names : [];
  const reader = new MappingsReader(`${map.mappings ?? ''}`);
  let line = 0;
  let column = 0;
  let sourceIndex = 0;
  let originalLine = 0;
  let originalColumn = 0;
  let nameIndex = 0;
  let sorted = true;
  while (!reader.atEnd()) {
    const c = StringPrototypeCharCodeAt(reader.text, reader.pos);
    if (c === kSemicolon) {
      reader.pos++;
      line++;
      column = 0;
      continue;
    }
    if (c === kComma) {
      reader.pos++;
      continue;
    }
    const previous = column;
    column += reader.readVLQ();
    if (column < previous) sorted = false;
    const generatedLine = line + lineOffset;
    const generatedColumn = line === 0 ? column + columnOffset : column;
    if (reader.atSegmentEnd()) {
      ArrayPrototypePush(out, [generatedLine, generatedColumn]);
      continue;
    }
    sourceIndex += reader.readVLQ();
    originalLine += reader.readVLQ();
    originalColumn += reader.readVLQ();
    let name;
    if (!reader.atSegmentEnd()) {
      nameIndex += reader.readVLQ();
      name = names[nameIndex];
    }
    ArrayPrototypePush(out, [generatedLine, generatedColumn,
                             sources[sourceIndex], originalLine,
                             originalColumn, name]);
  }
  // Segments whose columns went backwards: sorted by position (a stable
  // sort keeps equal positions in their order).
  if (!sorted) ArrayPrototypeSort(out, compareEntries);
}

// A copy of a v3 payload whose arrays are the map's own.
function clonePayload(payload) {
  const copy = { __proto__: null };
  for (const key in payload) {
    if (!ObjectPrototypeHasOwnProperty(payload, key)) continue;
    const value = payload[key];
    if (key === 'sections' && ArrayIsArray(value)) {
      copy[key] = cloneSections(value);
    } else {
      copy[key] = ArrayIsArray(value) ? ArrayPrototypeSlice(value) : value;
    }
  }
  // A plain object, as node hands it out.
  return { ...copy };
}

function cloneSections(sections) {
  const out = [];
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i];
    ArrayPrototypePush(out, {
      ...section,
      map: section?.map != null ? clonePayload(section.map) : section?.map,
    });
  }
  return out;
}

class SourceMap {
  #payload;
  #mappings = [];
  #lineLengths;

  constructor(payload, { lineLengths } = { __proto__: null }) {
    validateObject(payload, 'payload');
    this.#payload = clonePayload(payload);
    if (lineLengths !== undefined) this.#lineLengths = lineLengths;
    if (ArrayIsArray(this.#payload.sections)) {
      const sections = this.#payload.sections;
      for (let i = 0; i < sections.length; i++) {
        const { offset, map } = sections[i];
        decodeMap(map, offset.line, offset.column, this.#mappings);
      }
      ArrayPrototypeSort(this.#mappings, compareEntries);
    } else {
      // A map without sources throws a TypeError here, as in node.
      this.#payload.sources.length; // eslint-disable-line no-unused-expressions
      decodeMap(this.#payload, 0, 0, this.#mappings);
    }
  }

  // A fresh copy each time, as node hands it out.
  get payload() {
    return clonePayload(this.#payload);
  }

  get lineLengths() {
    return this.#lineLengths;
  }

  // The mapping in force at (lineOffset, columnOffset), both 0-based: the
  // last one at or before it; {} when there is none.
  findEntry(lineOffset, columnOffset) {
    const mappings = this.#mappings;
    let low = 0;
    let high = mappings.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const entry = mappings[middle];
      // Positions that do not compare (undefined, NaN) fall after all.
      if (lineOffset < entry[0] ||
          (lineOffset === entry[0] && columnOffset < entry[1])) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    if (low === 0) return {};
    const entry = mappings[low - 1];
    return {
      generatedLine: entry[0],
      generatedColumn: entry[1],
      originalSource: entry[2],
      originalLine: entry[3],
      originalColumn: entry[4],
      name: entry[5],
    };
  }

  // The original position of (lineNumber, columnNumber), both 1-based, as
  // a stack trace shows it: the mapping's original position moved by the
  // distance from the mapping to the position.
  findOrigin(lineNumber, columnNumber) {
    const range = this.findEntry(lineNumber - 1, columnNumber - 1);
    if (range.originalSource === undefined ||
        range.originalLine === undefined ||
        range.originalColumn === undefined ||
        range.generatedLine === undefined ||
        range.generatedColumn === undefined) {
      return {};
    }
    const lineOffset = lineNumber - range.generatedLine;
    const columnOffset = columnNumber - range.generatedColumn;
    return {
      name: range.name,
      fileName: range.originalSource,
      lineNumber: range.originalLine + lineOffset,
      columnNumber: range.originalColumn + columnOffset,
    };
  }
}

module.exports = { SourceMap };
