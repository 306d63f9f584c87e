'use strict';

// Top-level await in the REPL. A small tokenizer finds `await` outside of
// any function; such input is rewritten to run in an async arrow function:
// top-level declarations become assignments to names declared before the
// wrapper (`const x = await f()` -> `let x; (async () => { void (x =
// await f()) })()`), so that later lines see them, and the value of a final
// expression statement is returned as `{ value }`.

const {
  ArrayPrototypeIncludes,
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  ArrayPrototypePush,
  RegExpPrototypeExec,
  SafeSet,
  StringPrototypeSlice,
} = primordials;

const kIdentStart = /[\p{L}_$\\]/u;
const kIdentPart = /[\p{L}\p{N}_$\u200c\u200d\\]/u;
const kPuncts = [
  '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=',
  '??=', '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--',
  '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<', '>>', '**',
];
// Keywords after which a `/` starts a regular expression.
const kBeforeExpression = new SafeSet([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void',
  'throw', 'case', 'do', 'else', 'yield', 'await',
]);
const kBlockHeads = new SafeSet(['if', 'for', 'while', 'switch', 'catch',
                                 'with']);

function isNameToken(token, value) {
  return token !== undefined && token.type === 'name' &&
    (value === undefined || token.value === value);
}

// Splits `src` into tokens { type, value, start, end, nl } (nl: a line
// break precedes the token). Unterminated strings, templates and comments
// end the token list.
function tokenize(src) {
  const tokens = [];
  const templateDepth = [];  // brace depth at each open `${`
  let braces = 0;
  let i = 0;
  let nl = false;
  const push = (type, start, end) => {
    ArrayPrototypePush(tokens, {
      type, value: StringPrototypeSlice(src, start, end), start, end, nl,
    });
    nl = false;
  };
  // Reads template characters from i (after ` or }) up to ` or ${.
  const template = (start) => {
    while (i < src.length) {
      const c = src[i];
      if (c === '\\') { i += 2; continue; }
      if (c === '`') { i++; push('template', start, i); return; }
      if (c === '$' && src[i + 1] === '{') {
        i += 2;
        push('template', start, i);
        ArrayPrototypePush(templateDepth, braces);
        braces++;
        return;
      }
      i++;
    }
    push('template', start, i);
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') {
      nl = true;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\v' || c === '\f' ||
               c === '\ufeff' || c === '\u00a0') {
      i++;
    } else if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end === -1 ? src.length : end + 2;
      if (src.slice(i, stop).includes('\n')) nl = true;
      i = stop;
    } else if (c === '"' || c === '\'') {
      const start = i++;
      while (i < src.length && src[i] !== c && src[i] !== '\n') {
        i += src[i] === '\\' ? 2 : 1;
      }
      i++;
      push('string', start, i);
    } else if (c === '`') {
      const start = i++;
      template(start);
    } else if (c === '}' && templateDepth.length > 0 &&
               templateDepth[templateDepth.length - 1] === braces - 1) {
      ArrayPrototypePop(templateDepth);
      braces--;
      const start = i++;
      template(start);
    } else if (RegExpPrototypeExec(kIdentStart, c) !== null ||
               c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) < 0xdc00) {
      const start = i++;
      while (i < src.length &&
             (RegExpPrototypeExec(kIdentPart, src[i]) !== null ||
              (src.charCodeAt(i) >= 0xd800 && src.charCodeAt(i) < 0xe000))) {
        i++;
      }
      push('name', start, i);
    } else if (c >= '0' && c <= '9' ||
               (c === '.' && src[i + 1] >= '0' && src[i + 1] <= '9')) {
      const start = i++;
      while (i < src.length &&
             RegExpPrototypeExec(/[\w.]/, src[i]) !== null) {
        i++;
      }
      push('number', start, i);
    } else if (c === '/' && regexAllowed(tokens[tokens.length - 1])) {
      const start = i++;
      let inClass = false;
      while (i < src.length && src[i] !== '\n') {
        const d = src[i];
        if (d === '\\') { i += 2; continue; }
        i++;
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
      }
      while (i < src.length && RegExpPrototypeExec(/\w/, src[i]) !== null) i++;
      push('regex', start, i);
    } else {
      let length = 1;
      for (let k = 0; k < kPuncts.length; k++) {
        const p = kPuncts[k];
        if (StringPrototypeSlice(src, i, i + p.length) === p) {
          length = p.length;
          break;
        }
      }
      if (c === '{') braces++;
      else if (c === '}') braces--;
      push('punct', i, i + length);
      i += length;
    }
  }
  return tokens;
}

function regexAllowed(prev) {
  if (prev === undefined) return true;
  if (prev.type === 'name') return kBeforeExpression.has(prev.value);
  if (prev.type === 'punct') {
    return prev.value !== ')' && prev.value !== ']' && prev.value !== '}' &&
      prev.value !== '++' && prev.value !== '--';
  }
  return false;
}

// Annotates each token with `fn` (the number of enclosing functions) and
// `depth` (bracket nesting), and returns whether an `await` sits outside
// every function.
function analyze(tokens) {
  const stack = [];  // open brackets: { value, fn, opener }
  let fnDepth = 0;
  let arrows = [];  // open expression-bodied arrows: bracket depth at start
  let found = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    // An expression-bodied arrow ends at a `,` `;` or a closer of its level.
    if (t.type === 'punct' &&
        (t.value === ',' || t.value === ';' || t.value === ')' ||
         t.value === ']' || t.value === '}')) {
      while (arrows.length > 0 &&
             arrows[arrows.length - 1] >= stack.length) {
        ArrayPrototypePop(arrows);
        fnDepth--;
      }
    }
    t.fn = fnDepth;
    t.depth = stack.length;
    if (t.type === 'template' && t.value[t.value.length - 1] === '{' &&
        t.value[t.value.length - 2] === '$') {
      ArrayPrototypePush(stack, { value: '${', fn: false, opener: i });
      continue;
    }
    if (t.type === 'template' && t.value[0] === '}' && stack.length > 0) {
      ArrayPrototypePop(stack);
      t.depth = stack.length;
      if (t.value[t.value.length - 1] === '{' &&
          t.value[t.value.length - 2] === '$') {
        ArrayPrototypePush(stack, { value: '${', fn: false, opener: i });
      }
      continue;
    }
    if (t.type === 'name' && t.value === 'await' && fnDepth === 0 &&
        !(prev && prev.type === 'punct' && prev.value === '.')) {
      found = true;
    }
    if (t.type !== 'punct') continue;
    if (t.value === '(' || t.value === '[') {
      ArrayPrototypePush(stack, { value: t.value, fn: false, opener: i });
    } else if (t.value === '{') {
      let fn = false;
      if (prev && prev.type === 'punct' && prev.value === '=>') {
        fn = true;
      } else if (prev && prev.type === 'punct' && prev.value === ')') {
        const open = tokens[prev.opener];
        const head = tokens[prev.opener - 1];
        fn = open !== undefined &&
          !(head && head.type === 'name' && kBlockHeads.has(head.value));
      }
      if (fn) fnDepth++;
      ArrayPrototypePush(stack, { value: '{', fn, opener: i });
    } else if (t.value === ')' || t.value === ']' || t.value === '}') {
      const open = ArrayPrototypePop(stack);
      if (open !== undefined) {
        t.opener = open.opener;
        tokens[open.opener].closer = i;
        if (open.fn) fnDepth--;
      }
      t.depth = stack.length;
    } else if (t.value === '=>') {
      const next = tokens[i + 1];
      if (!(next && next.type === 'punct' && next.value === '{')) {
        fnDepth++;
        ArrayPrototypePush(arrows, stack.length);
      }
    }
  }
  arrows = null;
  return found;
}

const kContinuers = ['.', ',', '(', '[', '?', '?.', ':', '=', '+', '-', '*',
                     '/', '%', '**', '&&', '||', '??', '&', '|', '^', '<',
                     '>', '<=', '>=', '==', '!=', '===', '!==', '<<', '>>',
                     '>>>', '=>', 'in', 'instanceof', '+=', '-='];

// Whether a line break before tokens[i] ends the statement (a rough ASI).
function endsAtBreak(tokens, i) {
  const t = tokens[i];
  if (!t.nl) return false;
  const prev = tokens[i - 1];
  if (prev.type === 'punct' && !ArrayPrototypeIncludes([')', ']', '}',
    '++', '--'], prev.value)) {
    return false;
  }
  if (ArrayPrototypeIncludes(kContinuers, t.value) &&
      (t.type === 'punct' || t.value === 'in' || t.value === 'instanceof')) {
    return false;
  }
  return t.type !== 'template';
}

// The index of the token after the statement starting at tokens[i] that
// ends at a `;` or a line break at the same depth (the `;` excluded).
function statementEnd(tokens, i) {
  const depth = tokens[i].depth;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.depth < depth) return k;
    if (t.depth > depth) continue;
    if (t.type === 'punct' && t.value === ';') return k;
    if (endsAtBreak(tokens, k)) return k;
  }
  return tokens.length;
}

// The names bound by the declarators in tokens[from, to).
function boundNames(tokens, from, to) {
  const names = [];
  const base = tokens[from].depth;
  let expectName = true;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.depth === base) {
      if (t.type === 'punct' && t.value === ',') { expectName = true; continue; }
      if (expectName && t.type === 'name') ArrayPrototypePush(names, t.value);
      if (t.type === 'punct' && (t.value === '{' || t.value === '[') &&
          expectName) {
        patternNames(tokens, k, names);
      }
      expectName = false;
    }
  }
  return names;
}

function patternNames(tokens, open, names) {
  const close = tokens[open].closer ?? tokens.length;
  const depth = tokens[open].depth + 1;
  for (let k = open + 1; k < close; k++) {
    const t = tokens[k];
    if (t.type !== 'name') continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    const nested = t.depth !== depth;
    if (nested && !(prev.type === 'punct' && (prev.value === '{' ||
        prev.value === '['))) {
      // Names in nested patterns are taken by the recursion below.
    }
    if (nested) continue;
    if (prev.type === 'punct' &&
        ArrayPrototypeIncludes(['{', '[', ',', ':', '...'], prev.value) &&
        next !== undefined && next.type === 'punct' &&
        ArrayPrototypeIncludes([',', '}', ']', '='], next.value)) {
      ArrayPrototypePush(names, t.value);
    }
  }
  for (let k = open + 1; k < close; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (t.depth === depth && t.type === 'punct' &&
        (t.value === '{' || t.value === '[') && prev.type === 'punct' &&
        ArrayPrototypeIncludes(['{', '[', ',', ':', '...'], prev.value)) {
      patternNames(tokens, k, names);
    }
  }
}

const kNoValueStatements = new SafeSet([
  'var', 'let', 'const', 'function', 'class', 'if', 'for', 'while', 'do',
  'try', 'switch', 'return', 'throw', 'break', 'continue', 'import',
  'export', 'debugger',
]);

// Rewrites `src` for top-level await, or returns null when it has none.
function processTopLevelAwait(src) {
  const tokens = tokenize(src);
  if (!analyze(tokens)) return null;
  const edits = [];  // { at, remove, text }
  const hoisted = [];
  let lastStart = -1;
  let lastEnd = -1;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.type === 'punct' && t.value === ';') { i++; continue; }
    const start = i;
    let end;
    let valued = false;
    if (t.type === 'name' && (t.value === 'var' || t.value === 'let' ||
        t.value === 'const') && isDeclarationStart(tokens, i)) {
      end = statementEnd(tokens, i);
      const names = boundNames(tokens, i + 1, end);
      ArrayPrototypePush(hoisted,
                         `${t.value === 'var' ? 'var' : 'let'} ` +
                         `${ArrayPrototypeJoin(names, ', ')};`);
      ArrayPrototypePush(edits, { at: t.start, remove: t.end - t.start,
                                  text: 'void (' });
      const last = tokens[end - 1];
      ArrayPrototypePush(edits, { at: last.end, remove: 0, text: ')' });
    } else if ((isNameToken(t, 'function') || isNameToken(t, 'class') ||
                (isNameToken(t, 'async') && isNameToken(tokens[i + 1],
                                                        'function'))) &&
               declarationName(tokens, i) !== undefined) {
      const name = declarationName(tokens, i);
      const body = bodyOpen(tokens, i);
      end = (body !== -1 && tokens[body].closer !== undefined) ?
        tokens[body].closer + 1 : tokens.length;
      ArrayPrototypePush(hoisted,
                         `${t.value === 'class' ? 'let' : 'var'} ${name};`);
      ArrayPrototypePush(edits, { at: t.start, remove: 0,
                                  text: `${name} = ` });
      ArrayPrototypePush(edits, { at: tokens[end - 1].end, remove: 0,
                                  text: ';' });
    } else if (t.type === 'punct' && t.value === '{') {
      end = (t.closer ?? tokens.length - 1) + 1;
    } else if (t.type === 'name' && kNoValueStatements.has(t.value)) {
      end = compoundEnd(tokens, i);
    } else {
      end = statementEnd(tokens, i);
      valued = true;
    }
    if (end <= start) end = start + 1;
    lastStart = valued ? start : -1;
    lastEnd = end;
    i = end;
  }
  if (lastStart !== -1) {
    ArrayPrototypePush(edits, { at: tokens[lastStart].start, remove: 0,
                                text: 'return { value: (' });
    ArrayPrototypePush(edits, { at: tokens[lastEnd - 1].end, remove: 0,
                                text: ') }' });
  }
  let out = '';
  let pos = 0;
  edits.sort((a, b) => a.at - b.at);
  for (const edit of edits) {
    out += StringPrototypeSlice(src, pos, edit.at) + edit.text;
    pos = edit.at + edit.remove;
  }
  out += StringPrototypeSlice(src, pos);
  return `${ArrayPrototypeJoin(hoisted, ' ')}(async () => { ${out}\n})()`;
}

function isDeclarationStart(tokens, i) {
  const next = tokens[i + 1];
  if (next === undefined) return false;
  if (tokens[i].value === 'let' && next.type === 'punct' &&
      next.value !== '{' && next.value !== '[') {
    return false;
  }
  return next.type === 'name' ||
    (next.type === 'punct' && (next.value === '{' || next.value === '['));
}

function declarationName(tokens, i) {
  let k = i + 1;
  if (tokens[i].value === 'async') k++;
  if (tokens[k] && tokens[k].type === 'punct' && tokens[k].value === '*') k++;
  return isNameToken(tokens[k]) ? tokens[k].value : undefined;
}

// The index of the `{` of the body of the function or class at tokens[i].
function bodyOpen(tokens, i) {
  const depth = tokens[i].depth;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.depth === depth && t.type === 'punct' && t.value === '{') {
      if (tokens[i].value === 'class') return k;
      const prev = tokens[k - 1];
      if (prev.type === 'punct' && prev.value === ')') return k;
    }
  }
  return -1;
}

// The end of a statement that starts with a keyword such as `if` or `for`:
// its head, then a block or a single statement, with `else`/`catch`/
// `finally`/`while` parts.
function compoundEnd(tokens, i) {
  let k = i;
  for (;;) {
    k = simpleCompound(tokens, k);
    const next = tokens[k];
    if (next === undefined) return k;
    const v = next.type === 'name' ? next.value : '';
    if (v === 'else' || v === 'catch' || v === 'finally' ||
        (v === 'while' && tokens[i].value === 'do')) {
      continue;
    }
    return k;
  }
}

function simpleCompound(tokens, i) {
  const depth = tokens[i].depth;
  let k = i + 1;
  // A parenthesised head.
  if (tokens[k] && tokens[k].type === 'punct' && tokens[k].value === '(' &&
      tokens[k].closer !== undefined) {
    k = tokens[k].closer + 1;
  }
  if (tokens[k] && tokens[k].type === 'punct' && tokens[k].value === '{' &&
      tokens[k].depth === depth) {
    return tokens[k].closer === undefined ? tokens.length :
      tokens[k].closer + 1;
  }
  if (tokens[k] && tokens[k].type === 'name' &&
      kNoValueStatements.has(tokens[k].value)) {
    return compoundEnd(tokens, k);
  }
  const end = k > i + 1 ? statementEnd(tokens, k) : statementEnd(tokens, i);
  return tokens[end] && tokens[end].value === ';' ? end + 1 : end;
}

module.exports = { processTopLevelAwait, tokenize };
