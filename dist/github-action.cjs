const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require2() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input2, char, lastIdx) => {
      const idx = input2.lastIndexOf(char, lastIdx);
      if (idx === -1) return input2;
      if (input2[idx - 1] === "\\") return exports2.escapeLast(input2, char, idx - 1);
      return `${input2.slice(0, idx)}\\${input2.slice(idx)}`;
    };
    exports2.removePrefix = (input2, state = {}) => {
      let output = input2;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input2, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input2})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input2, options) => {
      const opts = options || {};
      const length = input2.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input2;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input: input2,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input2.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input2.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input2.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input2) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input2) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input2, options) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected a string");
      }
      input2 = REPLACEMENTS[input2] || input2;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input: input2,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input2 = utils.removePrefix(input2, state);
      len = input2.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input2[state.index + n];
      const advance = state.advance = () => input2[++state.index] || "";
      const remaining = () => input2.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input2.slice(token.startIndex, state.index + 1);
        const body = input2.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input2)) {
        let backslashes = false;
        let output = input2.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input2 && opts.contains === true) {
          state.output = input2;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range2 = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range2.unshift(arr[i].value);
              }
            }
            output = expandRange(range2, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input2[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input2, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input2.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input2 = REPLACEMENTS[input2] || input2;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input2, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse;
  }
});

// node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input2) => picomatch2(input2, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input2, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input2, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input: input2, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input2)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input2, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input2 !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input2 === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input2 === glob;
      let output = match && format ? format(input2) : input2;
      if (match === false) {
        output = format ? format(input2) : input2;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input2, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input2, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input2, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input2, options) => scan(input2, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input2, options = {}, returnOutput = false, returnState = false) => {
      if (!input2 || typeof input2 !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input2[0] === "." || input2[0] === "*")) {
        parsed.output = parse.fastpaths(input2, options);
      }
      if (!parsed.output) {
        parsed = parse(input2, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module2.exports = picomatch2;
  }
});

// node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/.pnpm/picomatch@4.0.7/node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module2.exports = picomatch2;
  }
});

// packages/cli/dist/github-action.js
var import_node_fs5 = require("node:fs");
var import_node_os = require("node:os");
var import_node_path5 = require("node:path");

// packages/handin-markdown/dist/versions.js
var pythonMarkdownVersions = ["3.7", "3.10", "3.4-debian"];
var defaultPythonMarkdownVersion = "3.7";
var pythonMarkdownVersionNames = {
  "3.7": "Python-Markdown 3.7",
  "3.10": "Python-Markdown 3.10.3",
  "3.4-debian": "Debian's Python-Markdown 3.4.1"
};
var aliases = {
  "3.7.0": "3.7",
  "3.10.3": "3.10",
  "3.4.1-debian": "3.4-debian"
};
var UnknownPythonMarkdownVersion = class extends RangeError {
  given;
  name = "UnknownPythonMarkdownVersion";
  constructor(given) {
    super(`Unknown Python-Markdown version ${JSON.stringify(given)}: expected ${describeVersions()}`);
    this.given = given;
  }
};
function describeVersions() {
  const names = pythonMarkdownVersions.map((version) => `'${version}'${version === defaultPythonMarkdownVersion ? " (the default)" : ""}`);
  return `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}
function isPythonMarkdownVersion(value) {
  return typeof value === "string" && pythonMarkdownVersions.includes(value);
}
function parsePythonMarkdownVersion(value) {
  if (value === void 0 || value === null)
    return defaultPythonMarkdownVersion;
  if (isPythonMarkdownVersion(value))
    return value;
  if (typeof value === "string" && Object.hasOwn(aliases, value))
    return aliases[value];
  throw new UnknownPythonMarkdownVersion(value);
}

// packages/core/dist/text-lines.js
function lineEnd(text, from, limit = text.length) {
  const newline = text.indexOf("\n", from);
  return newline === -1 || newline > limit ? limit : newline;
}
function skipSpacesAndTabs(text, from, to = text.length) {
  let index = from;
  while (index < to && (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9))
    index++;
  return index;
}

// packages/core/dist/python-semantics.js
var SPACE = String.raw`\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`;
function wordsWithSpaceAfter(n) {
  return new RegExp(`[${SPACE}]*(?:[^${SPACE}]+[${SPACE}]+){${n}}`, "y");
}
var ONE_WORD = new RegExp(`[${SPACE}]*[^${SPACE}]+`, "y");
var WORD_STEPS = [...[16, 4].map((size) => ({ size, pattern: wordsWithSpaceAfter(size) })), { size: 1, pattern: ONE_WORD }];
function countPythonWords(text, start = 0, end = text.length) {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  let words2 = 0;
  let reached = 0;
  for (let step = 0; step < WORD_STEPS.length; step++) {
    const { size, pattern } = WORD_STEPS[step];
    pattern.lastIndex = reached;
    while (pattern.test(slice)) {
      words2 += size;
      reached = pattern.lastIndex;
    }
  }
  return words2;
}
function findOfficialImages(text, start = 0, end = text.length) {
  const matches = [];
  let from = start;
  while (from < end) {
    const open = text.indexOf("![", from);
    if (open === -1 || open + 2 > end)
      break;
    const lineStop = lineEnd(text, open, end);
    const close = text.indexOf("](", open + 2);
    if (close === -1 || close + 2 > lineStop) {
      from = lineStop;
      continue;
    }
    const paren = text.indexOf(")", close + 2);
    if (paren === -1 || paren >= lineStop) {
      from = lineStop;
      continue;
    }
    matches.push({ start: open, end: paren + 1 });
    from = paren + 1;
  }
  return matches;
}
function stripNewlines(text, start, end) {
  while (start < end && text.charCodeAt(start) === 10)
    start++;
  while (end > start && text.charCodeAt(end - 1) === 10)
    end--;
  return { start, end };
}
function codePointOffset(text, count) {
  let offset = 0;
  for (let seen = 0; seen < count && offset < text.length; seen++) {
    const code = text.charCodeAt(offset);
    offset += code >= 55296 && code <= 56319 && offset + 1 < text.length ? 2 : 1;
  }
  return offset;
}

// packages/core/dist/official-checker.js
var ANSWER_MARKER = "Answer:";
function splitOnMarker(text, from) {
  const pieces = [];
  let start = from;
  for (let index = text.indexOf(ANSWER_MARKER, from); index !== -1; index = text.indexOf(ANSWER_MARKER, index + ANSWER_MARKER.length)) {
    pieces.push({ start, end: index });
    start = index + ANSWER_MARKER.length;
  }
  pieces.push({ start, end: text.length });
  return pieces;
}
function forwardFinder(text, needle) {
  let found = -2;
  return (from) => {
    if (found !== -1 && found < from)
      found = text.indexOf(needle, from);
    return found;
  };
}
function finders(text) {
  return { tripleHash: forwardFinder(text, "###"), doubleHash: forwardFinder(text, "##") };
}
function stopAt(find, start, end) {
  const hashes = find.tripleHash(start);
  const limit = hashes === -1 || hashes > end ? end : hashes;
  const doubleHash = find.doubleHash(start);
  return doubleHash !== -1 && doubleHash + 2 <= limit ? doubleHash : limit;
}
function cutPiece(text, piece, find) {
  const hashes = find.tripleHash(piece.start);
  if (hashes === -1 || hashes + 3 > piece.end)
    return null;
  const cutAt = stopAt(find, piece.start, piece.end);
  const { start, end } = stripNewlines(text, piece.start, cutAt);
  return { start, end, pieceStart: piece.start, cutAt, cutBy: cutAt === hashes ? "###" : "##", wholeLastPiece: false };
}
function cutPieces(text, pieces) {
  const answers = [];
  const find = finders(text);
  for (let index = 0; index < pieces.length; index++) {
    const answer = cutPiece(text, pieces[index], find);
    if (answer)
      answers.push(answer);
  }
  return answers;
}
function readAsAnswer(text, start, end) {
  return stripNewlines(text, start, stopAt(finders(text), start, end));
}
function wholePiece(text, piece, isLastInFile) {
  const { start, end } = stripNewlines(text, piece.start, piece.end);
  return {
    start,
    end,
    pieceStart: piece.start,
    cutAt: piece.end,
    cutBy: isLastInFile ? "end of file" : "Answer:",
    wholeLastPiece: true
  };
}
var expectedMessage = {
  31: "ValueError: Number of answers are different from the expected 31. Have you changed the template?",
  27: "ValueError: Number of answers are different from the expected 27. Have you filled out every field?"
};
function cutOfficially(text, generation) {
  return generation === 31 ? cutLikeCurrentChecker(text, 31, expectedMessage[31]) : cut27(text);
}
function cutLikeCurrentChecker(text, expected, error = `ValueError: Number of answers are different from the expected ${expected}.`) {
  const pieces = splitOnMarker(text, 0).slice(1);
  const last = pieces.at(-1);
  if (!last) {
    return { answers: [], error: "IndexError: list index out of range (no `Answer:` in the file)", expected };
  }
  const answers = cutPieces(text, pieces);
  answers.push(wholePiece(text, last, true));
  return { answers, error: answers.length === expected ? null : error, expected };
}
function cut27(text) {
  const pieces = splitOnMarker(text, codePointOffset(text, 43));
  const last = pieces.at(-1);
  const answers = cutPieces(text, pieces);
  answers.push(wholePiece(text, last, true));
  answers.shift();
  return { answers, error: answers.length === 27 ? null : expectedMessage[27], expected: 27 };
}

// packages/core/dist/findings/wording.js
function plural(count, one) {
  return `${count} ${one}${count === 1 ? "" : "s"}`;
}
function formatRange([min, max]) {
  return min === max ? `exactly ${min}` : `${min}–${max}`;
}
function describeFigures(question) {
  const parts = [];
  if (question.constraints.words)
    parts.push(`${plural(question.words, "word")} (expected ${formatRange(question.constraints.words)})`);
  if (question.constraints.images)
    parts.push(`${plural(question.images, "image")} (expected ${formatRange(question.constraints.images)})`);
  return parts.join(", ") || "no length or image limit";
}

// packages/core/dist/rules.js
var ruleIds = [
  "question-length",
  "question-images",
  "template-structure",
  "template-generation",
  "answer-alignment",
  "unanswered-question",
  "answer-cut-short",
  "image-file",
  "image-uncommitted",
  "image-not-counted",
  "handin-rendering",
  "handin-hangs",
  "checklist-evidence"
];
var rules = {
  "question-length": {
    id: "question-length",
    summary: "An answer's word count is outside the range the course checker enforces.",
    official: true,
    severity: "error"
  },
  "question-images": {
    id: "question-images",
    summary: "An answer's image count is outside the range the course checker enforces.",
    official: true,
    severity: "error"
  },
  "template-structure": {
    id: "template-structure",
    summary: "A change to the template makes the course checker stop, named where it was made.",
    official: true,
    severity: "error"
  },
  "template-generation": {
    id: "template-generation",
    summary: "The report matches neither the 31- nor the 27-question template, so the current one is assumed.",
    official: false,
    severity: "warning"
  },
  "answer-alignment": {
    id: "answer-alignment",
    summary: "The course checker reads a question's answer from under another question's heading.",
    official: false,
    severity: "warning"
  },
  "unanswered-question": {
    id: "unanswered-question",
    summary: "A question that the course checker lets pass still holds the template placeholder, or nothing.",
    official: false,
    severity: "warning"
  },
  "answer-cut-short": {
    id: "answer-cut-short",
    summary: "The course checker stops reading an answer early (at `###`, `##` or a second `Answer:`).",
    official: false,
    severity: "warning"
  },
  "image-file": {
    id: "image-file",
    summary: "An image that will be missing or broken in the graders' hand-in.",
    official: false,
    severity: "warning"
  },
  "image-uncommitted": {
    id: "image-uncommitted",
    summary: "An image that is on disk but not in the repository (not added, or ignored by git), so the graders will not have it.",
    official: false,
    severity: "error"
  },
  "image-not-counted": {
    id: "image-not-counted",
    summary: "An image that renders but that the course checker does not count.",
    official: false,
    severity: "warning"
  },
  "handin-rendering": {
    id: "handin-rendering",
    summary: "Markdown that GitHub renders one way and the graders' hand-in (Python-Markdown) another.",
    official: false,
    severity: "warning"
  },
  "handin-hangs": {
    id: "handin-hangs",
    summary: "An HTML comment closed with `-- >` on which the course's report.py html never finishes, so no hand-in is made.",
    official: false,
    severity: "error"
  },
  "checklist-evidence": {
    id: "checklist-evidence",
    summary: "A ticked checklist item that the repository's files do not show (the teachers check the code against the ticks).",
    official: false,
    severity: "info"
  }
};
var docsBaseUrl = "https://mlops-report.github.io/mlops-report/docs/rules/";
function ruleUrl(id) {
  return docsBaseUrl + id;
}

// packages/core/dist/findings/cut-short-findings.js
function cutShortFindings(text, verdict) {
  const { counted, section, number } = verdict;
  if (!counted || !section || section.number !== number)
    return [];
  const drafts = [];
  const first = section.markers[0];
  const used = section.markers.findLast((marker) => marker < counted.start);
  if (first !== void 0 && used !== void 0 && used > first) {
    const dropped = countPythonWords(text, first + ANSWER_MARKER.length, used);
    if (dropped > 0) {
      drafts.push({
        ruleId: "answer-cut-short",
        severity: rules["answer-cut-short"].severity,
        official: false,
        question: number,
        start: used,
        end: used + ANSWER_MARKER.length,
        message: `The course checker starts question ${number}'s answer at this \`Answer:\` and ignores the ${plural(dropped, "word")} before it`,
        note: 'Reword this `Answer:` (for example "Answer -"): the checker treats every `Answer:` as the start of an answer.',
        actual: dropped,
        expected: "0 words ignored"
      });
    }
  }
  let cutAt = counted.end;
  while (cutAt < section.answer.end && text.charCodeAt(cutAt) === 10)
    cutAt++;
  if (cutAt < section.answer.end && text.startsWith("##", cutAt)) {
    const unseen = countPythonWords(text, cutAt, section.answer.end);
    let hashes = cutAt;
    while (text.charCodeAt(hashes) === 35)
      hashes++;
    const token = text.slice(cutAt, hashes);
    drafts.push({
      ruleId: "answer-cut-short",
      severity: rules["answer-cut-short"].severity,
      official: false,
      question: number,
      start: cutAt,
      end: hashes,
      message: `The course checker stops reading question ${number} at this \`${token}\`: it does not count the ${plural(unseen, "word")} after it (it counts ${verdict.words})`,
      note: "Avoid `##` and `###` inside answers (headings, code comments, `C##`): use **bold** text for sub-headings.",
      actual: unseen,
      expected: "0 words unseen"
    });
  }
  return drafts;
}

// packages/core/dist/findings/handin-hang-findings.js
var COMMENT_CLOSE = new RegExp(`--[${SPACE}]*>`, "g");
var COMMENTS_AS_PYTHON_READS_THEM = new RegExp(`<!--[^]*?--[${SPACE}]*>`, "g");
var PLAIN_CLOSE = /--!?>/g;
var COMMENT_OR_RAW_TEXT = /<!--|(?<![^\n]) {0,3}<(script|style)(?=[\s/>])/gi;
var BLOCK_COMMENT_BEFORE = /(?:^|\n)(?: {0,3}(?:>|[-*+]|\d{1,9}[.)])(?: |$))* {0,3}$/;
var NOTE = "Close the comment with `-->`, no space or line break before `>`.";
function handinHangFindings(text, questions, version) {
  const drafts = [];
  const name = pythonMarkdownVersionNames[version];
  const start = codePointOffset(text, 43);
  let hiddenOnGithubUntil = -1;
  COMMENT_OR_RAW_TEXT.lastIndex = start;
  for (let found = COMMENT_OR_RAW_TEXT.exec(text); found; found = COMMENT_OR_RAW_TEXT.exec(text)) {
    const tag = found[1];
    if (tag) {
      const close2 = new RegExp(`</${tag}[${SPACE}]*>`, "gi");
      close2.lastIndex = found.index;
      if (!close2.exec(text))
        break;
      COMMENT_OR_RAW_TEXT.lastIndex = close2.lastIndex;
      continue;
    }
    const open = found.index;
    COMMENT_CLOSE.lastIndex = open + 4;
    const close = COMMENT_CLOSE.exec(text);
    if (!close)
      break;
    const end = close.index + close[0].length;
    COMMENT_OR_RAW_TEXT.lastIndex = end;
    if (close[0] === "-->")
      continue;
    const shown = close[0].replaceAll("\n", "\\n");
    const lineStart = text.lastIndexOf("\n", open - 1) + 1;
    const startsBlock = BLOCK_COMMENT_BEFORE.test(text.slice(lineStart === 0 ? 0 : lineStart - 1, open));
    if (version !== "3.4-debian" && open < hiddenOnGithubUntil)
      continue;
    const nextPlainClose = text.indexOf("-->", end);
    if (startsBlock)
      hiddenOnGithubUntil = nextPlainClose === -1 ? text.length : nextPlainClose;
    const question = questions.find((section) => open >= section.heading.start && open < section.sectionEnd)?.number ?? null;
    const draft = { official: false, question, start: close.index, end, note: NOTE, actual: close[0], expected: "-->" };
    if (version === "3.4-debian") {
      if (open === start)
        continue;
      drafts.push({
        ...draft,
        ruleId: "handin-hangs",
        severity: rules["handin-hangs"].severity,
        message: `The course's \`report.py html\` never finishes on this comment under ${name}: it ends with \`${shown}\`, and Python-Markdown then reads the text again and again`
      });
      continue;
    }
    const github = startsBlock ? "GitHub does not end a comment at it and hides everything after it up to the next `-->` (or the end of the block that holds it)" : "GitHub does not end a comment at it and shows the comment as text";
    if (version === "3.7") {
      const hiddenByGithub = text.slice(end, nextPlainClose === -1 ? text.length : nextPlainClose);
      if (startsBlock && !/[\p{L}\p{N}]/u.test(hiddenByGithub.replace(COMMENTS_AS_PYTHON_READS_THEM, "")))
        continue;
      drafts.push({
        ...draft,
        ruleId: "handin-rendering",
        severity: rules["handin-rendering"].severity,
        message: `Comment closed with \`${shown}\`: under ${name} the hand-in ends and hides the comment there; ${github}`
      });
      continue;
    }
    PLAIN_CLOSE.lastIndex = open + 4;
    if (!startsBlock || PLAIN_CLOSE.test(text))
      continue;
    drafts.push({
      ...draft,
      ruleId: "handin-rendering",
      severity: rules["handin-rendering"].severity,
      message: `Comment closed with \`${shown}\`: under ${name} the hand-in shows it as text (no \`-->\` follows); ${github}`
    });
  }
  return drafts;
}

// packages/core/dist/findings/image-findings.js
var INLINE_IMAGE = /!\[[^\]\n]*\]\(\s*(<[^>\n]*>|[^\s)\n]*)[^)\n]*\)/g;
var HTML_IMAGE = /<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi;
var REFERENCE_IMAGE = /!\[([^\]\n]*)\](?:\[([^\]\n]*)\])?(?![([])/g;
var DEFINITION = /^ {0,3}\[([^\]\n]+)\]:[ \t]*(<[^>\n]*>|\S+)/gm;
var ALLOWED_EXTENSIONS = [".png", ".jpg", ".jpeg"];
function labelKey(label) {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}
function readDefinitions(text) {
  const definitions = /* @__PURE__ */ new Map();
  for (const match of text.matchAll(DEFINITION)) {
    const key = labelKey(match[1]);
    if (!definitions.has(key))
      definitions.set(key, match[2]);
  }
  return definitions;
}
function findImageReferences(text, span, definitions) {
  const slice = text.slice(span.start, span.end);
  const found = [];
  if (!slice.includes("![") && !slice.includes("<img") && !slice.includes("<IMG"))
    return found;
  const add = (kind, source, match) => {
    const start = span.start + match.index;
    found.push({ kind, source, start, end: start + match[0].length });
  };
  INLINE_IMAGE.lastIndex = 0;
  for (let match = INLINE_IMAGE.exec(slice); match; match = INLINE_IMAGE.exec(slice))
    add("inline", match[1], match);
  if (/<img/i.test(slice)) {
    HTML_IMAGE.lastIndex = 0;
    for (let match = HTML_IMAGE.exec(slice); match; match = HTML_IMAGE.exec(slice))
      add("html", match[1] ?? match[2] ?? match[3] ?? "", match);
  }
  REFERENCE_IMAGE.lastIndex = 0;
  for (let match = REFERENCE_IMAGE.exec(slice); match; match = REFERENCE_IMAGE.exec(slice)) {
    const label = match[2] === void 0 || match[2] === "" ? match[1] : match[2];
    const source = definitions().get(labelKey(label));
    if (source !== void 0)
      add("reference", source, match);
  }
  return found.sort((a, b) => a.start - b.start);
}
function locateImage(source) {
  let path = source.replace(/^<|>$/g, "").trim();
  if (path === "")
    return { problem: "empty" };
  if (/^[a-z][a-z\d+.-]*:/i.test(path) || path.startsWith("//"))
    return { problem: "remote" };
  path = path.replace(/[?#].*$/, "");
  try {
    path = decodeURIComponent(path);
  } catch {
  }
  const from = path.startsWith("/") || path.startsWith("\\") ? "repository" : "report";
  const parts = [];
  const segments = path.split(/[\\/]/);
  for (let index = 0; index < segments.length; index++) {
    const part = segments[index];
    if (part === "" || part === ".")
      continue;
    if (part === ".." && parts.length > 0 && parts.at(-1) !== "..")
      parts.pop();
    else if (part !== ".." || from === "report")
      parts.push(part);
  }
  return { from, path: parts.join("/") };
}
function resolveImagePath(source) {
  const location = locateImage(source);
  if ("problem" in location)
    return location;
  if (location.from === "repository" || location.path === ".." || location.path.startsWith("../"))
    return { problem: "outside" };
  return { path: location.path };
}
function imageDraft(reference, question, ruleId, message, note, fix) {
  const draft = { ruleId, severity: rules[ruleId].severity, official: false, question, start: reference.start, end: reference.end, message, note };
  if (fix !== void 0)
    draft.fix = fix;
  return draft;
}
function uncommittedDraft(reference, question, path, file) {
  const draft = file.ignoredBy ? imageDraft(reference, question, "image-uncommitted", `Image \`${path}\` is on disk but ignored by git (${file.ignoredBy}): the graders clone the repository and will not have it`, `Add it with \`git add -f ${file.repositoryPath}\`, or change that ignore rule.`) : imageDraft(reference, question, "image-uncommitted", `Image \`${path}\` is on disk but not committed: the graders clone the repository and will not have it`, `Run \`git add ${file.repositoryPath}\`.`);
  draft.actual = file.ignoredBy ? "ignored" : "untracked";
  draft.expected = "committed";
  return draft;
}
function imageFindings(reference, question, files, written = "", uncommitted = null) {
  const drafts = [];
  if (reference.kind === "html") {
    drafts.push(imageDraft(reference, question, "image-not-counted", "This `<img>` tag renders, but the course checker does not count it as an image", "Write it as `![description](figures/name.png)` on one line if it should count."));
  } else if (reference.kind === "reference") {
    drafts.push(imageDraft(reference, question, "image-not-counted", "This reference-style image renders, but the course checker does not count it as an image", "Write it inline as `![description](figures/name.png)` if it should count."));
  }
  const resolved = resolveImagePath(reference.source);
  const shown = reference.source.replace(/^<|>$/g, "");
  if ("problem" in resolved) {
    const messages = {
      remote: [
        `Image \`${shown}\` is loaded from outside the repository: it may not show in the graders' hand-in`,
        "Save the image under `figures/` next to the report and link it as `figures/name.png`."
      ],
      outside: [
        `Image \`${shown}\` lies outside the report's folder: graders only receive the \`reports\` folder`,
        "Move the image into `figures/` next to the report."
      ],
      empty: ["Image without a file", "Give the image a path such as `figures/name.png`."]
    };
    const [message, note] = messages[resolved.problem];
    drafts.push(imageDraft(reference, question, "image-file", message, note));
    return drafts;
  }
  const { path } = resolved;
  const extension = path.slice(path.lastIndexOf(".")).toLowerCase();
  if (!path.includes(".") || !ALLOWED_EXTENSIONS.includes(extension)) {
    drafts.push(imageDraft(reference, question, "image-file", `Image \`${path}\` is not a .png, .jpg or .jpeg file`, "The template asks for .png, .jpg or .jpeg images in `figures/`."));
  }
  const found = files ? files(path) : path;
  if (found !== null && typeof found === "object") {
    drafts.push(imageDraft(reference, question, "image-file", `Image \`${path}\` is a link to a file outside the report's folder: it is not published with the report`, "Copy the file into `figures/` instead of linking to it."));
    return drafts;
  }
  const other = found;
  const stray = other === null && uncommitted ? uncommitted(path) : null;
  if (stray) {
    drafts.push(uncommittedDraft(reference, question, path, stray));
  } else if (other !== path) {
    drafts.push(other ? imageDraft(reference, question, "image-file", `Image \`${path}\` does not exist; the file is named \`${other}\``, "File names are case-sensitive on the graders' Linux machines: make the link match the file name exactly.", written.includes(reference.source) && reference.kind !== "reference" ? written.replace(reference.source, other) : void 0) : imageDraft(reference, question, "image-file", `Image \`${path}\` does not exist next to the report`, "Add the file (and commit it), or fix the path: it is relative to the report's folder."));
  }
  return drafts;
}
function lookupInList(files) {
  const exact = /* @__PURE__ */ new Set();
  const folded = /* @__PURE__ */ new Map();
  for (const file of files) {
    const normalized = file.replace(/\\/g, "/").replace(/^\.\//, "");
    exact.add(normalized);
    folded.set(normalized.toLowerCase(), normalized);
  }
  return (path) => exact.has(path) ? path : folded.get(path.toLowerCase()) ?? null;
}

// packages/core/dist/findings/rendering-inline.js
var MASKED = new RegExp([
  /(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/,
  /!?\[[^\]\n]*\]\([^)\n]*\)/,
  /!?\[[^\]\n]*\]\[[^\]\n]*\]/,
  /(?<=^|\n) {0,3}\[[^\]\n]+\]:[^\n]*/,
  /<[a-zA-Z][a-zA-Z\d+.-]{1,31}:[^\s<>]*>/,
  /<[^@\s<>]+@[^@\s<>]+>/,
  /<\/?[a-zA-Z][^<>]*>/,
  /<!--[\s\S]*?-->/
].map((pattern) => pattern.source).join("|"), "g");
var URL_STARTS = ["http", "www."];
var URL_AT = /(?:https?:\/\/|www\.)[^\s<]*[^\s<?!.,:*_~'")\]]/y;
function bareUrls(text) {
  const found = [];
  for (let which = 0; which < URL_STARTS.length; which++) {
    const needle = URL_STARTS[which];
    for (let index = text.indexOf(needle); index !== -1; index = text.indexOf(needle, index + needle.length)) {
      const before = text[index - 1];
      const allowed = needle === "http" ? before === void 0 || !/[A-Za-z]/.test(before) : before === void 0 || /[\s*_~(]/.test(before);
      if (!allowed)
        continue;
      URL_AT.lastIndex = index;
      const match = URL_AT.exec(text);
      if (match)
        found.push({ index, url: match[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
var BARE_EMAIL = /(?<![A-Za-z\d._+-])[A-Za-z\d._+-]+@[A-Za-z\d_-]+(?:\.[A-Za-z\d_-]+)*\.[A-Za-z\d]*[A-Za-z][A-Za-z\d]*(?![A-Za-z\d@-])/g;
var ANGLE_MAIL = /<([^<> !]+@[^@<> ]+)>/g;
var GITHUB_MAIL = /^[A-Za-z\d.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z\d](?:[A-Za-z\d-]{0,61}[A-Za-z\d])?(?:\.[A-Za-z\d](?:[A-Za-z\d-]{0,61}[A-Za-z\d])?)*$/;
var GITHUB_AUTOLINK = /^[a-zA-Z][a-zA-Z\d+.-]{1,31}:/;
var TILDES = /~+/g;
var PARAGRAPH = /(?:[^\n]|\n(?![ \t]*(?:\n|$)))+/g;
function mask(text) {
  return /[`[<]/.test(text) ? text.replace(MASKED, (match) => " ".repeat(match.length)) : text;
}
var whitespace = (char) => char === void 0 || /\s/.test(char);
var punctuation = (char) => char !== void 0 && /[\p{P}\p{S}]/u.test(char);
function struckRanges(paragraph) {
  const openers = [];
  const ranges = [];
  TILDES.lastIndex = 0;
  for (let run = TILDES.exec(paragraph); run; run = TILDES.exec(paragraph)) {
    const length = run[0].length;
    if (length > 2)
      continue;
    const before = paragraph[run.index - 1];
    const after = paragraph[run.index + length];
    const leftFlanking = !whitespace(after) && (!punctuation(after) || whitespace(before) || punctuation(before));
    const rightFlanking = !whitespace(before) && (!punctuation(before) || whitespace(after) || punctuation(after));
    const opener = openers.findLastIndex((candidate) => candidate.length === length);
    if (rightFlanking && opener !== -1) {
      ranges.push([openers[opener].index, run.index + length]);
      openers.length = opener;
    } else if (leftFlanking) {
      openers.push({ index: run.index, length });
    }
  }
  return ranges;
}
function inlineDivergences(text, span, code, mends = true) {
  const found = [];
  const raw = text.slice(span.start, span.end);
  const mayLink = raw.includes("://") || raw.includes("www.");
  const mayMail = raw.includes("@");
  const mayStrike = raw.includes("~");
  if (!mayLink && !mayMail && !mayStrike)
    return found;
  ANGLE_MAIL.lastIndex = 0;
  for (let match = mayMail ? ANGLE_MAIL.exec(raw) : null; match; match = ANGLE_MAIL.exec(raw)) {
    const address = match[1];
    if (GITHUB_MAIL.test(address) || GITHUB_AUTOLINK.test(address) || !outsideCode(code, span.start + match.index))
      continue;
    const start = span.start + match.index;
    found.push({
      start,
      end: start + match[0].length,
      message: `\`${match[0]}\`: the hand-in makes it an e-mail link (it holds an \`@\`), GitHub shows plain text`,
      note: "Write it in backticks as code, or without the angle brackets."
    });
  }
  const masked = mask(raw);
  const outside = (index) => outsideCode(code, span.start + index);
  const urls = mayLink ? bareUrls(masked) : [];
  for (let which = 0; which < urls.length; which++) {
    const { index, url } = urls[which];
    if (!outside(index))
      continue;
    const start = span.start + index;
    const fix = `<${url.startsWith("www.") ? `https://${url}` : url}>`;
    found.push({
      start,
      end: start + url.length,
      message: `Bare URL \`${url}\`: GitHub makes it a link, the hand-in shows plain text`,
      note: `Write it as ${fix} or [text](${url}) to get a link in both.`,
      fix
    });
  }
  BARE_EMAIL.lastIndex = 0;
  for (let match = mayMail ? BARE_EMAIL.exec(masked) : null; match; match = BARE_EMAIL.exec(masked)) {
    if (!outside(match.index))
      continue;
    const start = span.start + match.index;
    found.push({
      start,
      end: start + match[0].length,
      message: `Bare e-mail address \`${match[0]}\`: GitHub makes it a link, the hand-in shows plain text`,
      note: `Write it as <${match[0]}> to get a link in both, or leave it as text.`,
      fix: `<${match[0]}>`
    });
  }
  PARAGRAPH.lastIndex = 0;
  for (let paragraph = mayStrike ? PARAGRAPH.exec(masked) : null; paragraph; paragraph = PARAGRAPH.exec(masked)) {
    if (!outside(paragraph.index))
      continue;
    const ranges = struckRanges(paragraph[0]);
    for (let which = 0; which < ranges.length; which++) {
      const range2 = ranges[which];
      found.push({
        start: span.start + paragraph.index + range2[0],
        end: span.start + paragraph.index + range2[1],
        message: "Struck-through text: GitHub strikes it, the hand-in shows the tildes",
        note: "Delete the text instead, or write it as <del>text</del>, which both strike.",
        ...mends ? { fix: strikeAsHtml(raw.slice(paragraph.index + range2[0], paragraph.index + range2[1])) } : {}
      });
    }
  }
  return found;
}
function strikeAsHtml(struck) {
  const tildes = /^~+/.exec(struck)[0].length;
  return `<del>${struck.slice(tildes, struck.length - tildes)}</del>`;
}
function outsideCode(code, offset) {
  return !code.some((block) => offset >= block.start && offset <= block.end);
}

// packages/core/dist/findings/rendering-findings.js
var FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;
var LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)(.*)$/;
var THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
var DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
var ATX_HEADING = /^( {0,3})(#{1,6})(?=[ \t]|$)/;
var HASH_LINE = /^#+/;
var BLOCKQUOTE = /^ {0,3}>/;
var SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
var HTML_BLOCK = /^ {0,3}<(?:[a-zA-Z][\w-]*|\/[a-zA-Z]|!--)/;
function columns(whitespace2) {
  let column = 0;
  for (let index = 0; index < whitespace2.length; index++)
    column = whitespace2.charCodeAt(index) === 9 ? column + 4 - column % 4 : column + 1;
  return column;
}
function tableCells(row) {
  const trimmed = row.trim().replace(/^\|/, "").replace(/\|$/, "");
  return trimmed.split(/(?<!\\)\|/).length;
}
var BLOCK_OPENERS = "#>*+\\-=_|<`~:\\d";
var SPECIAL_FIRST = new RegExp(`[${BLOCK_OPENERS}]`);
function lineHas(text, needle, from, to) {
  const found = text.indexOf(needle, from);
  return found !== -1 && found < to;
}
var NOT_PLAIN_LINE = new RegExp(`\\n(?:[ \\t]*[${BLOCK_OPENERS}]| {0,3}\\t| {4})|\\|`);
function mayDiverge(text, from, end) {
  if (from >= end)
    return false;
  return NOT_PLAIN_LINE.test(text.slice(from, end));
}
var notes = {
  fence: "Indent every code line by 4 spaces (after a blank line) instead of using ``` fences.",
  listAfterParagraph: "Leave a blank line before the list.",
  nesting: "Indent nested list items by 4 spaces per level.",
  markerChange: "Use the same list marker for every item of a list.",
  parenMarker: "Number the items as `1.`, `2.`, ….",
  task: "Write the state in words; the hand-in shows `[x]` as typed.",
  table: "Use a list instead, or accept plain text in the hand-in.",
  hashLine: "Write a space after the `#` to make it a heading in both, or escape it as `\\#`.",
  indentedHeading: "Start the heading at the beginning of the line."
};
function innermostContaining(lists, indent) {
  for (let index = lists.length - 1; index >= 0; index--) {
    if (lists[index].contentColumn <= indent)
      return lists[index].contentColumn;
  }
  return 0;
}
function blockDivergences(text, span, marker, mends) {
  const found = [];
  const code = [];
  const markCode = (start, end) => {
    const last = code.at(-1);
    if (last && last.end + 1 >= start)
      last.end = end;
    else
      code.push({ start, end });
  };
  const report2 = (start, end, message, note, fix) => {
    const mend = mends && fix ? fix() : void 0;
    found.push(mend === void 0 ? { start, end, message, note } : { start, end, message, note, fix: mend });
  };
  const markerLineStart = text.lastIndexOf("\n", marker - 1) + 1;
  const markerLineEnd = lineEnd(text, markerLineStart, span.end);
  if (!mayDiverge(text, markerLineEnd, span.end))
    return { found, code };
  let fence = null;
  let previous = "paragraph";
  let paragraphInQuote = BLOCKQUOTE.test(text.slice(markerLineStart, markerLineEnd));
  let lists = [];
  let atBlockStart = false;
  let blockIsList = false;
  const paragraph = { start: markerLineStart, lines: 0, atBlockStart: false };
  const startParagraph = (start, atBlockStart2) => {
    paragraph.start = start;
    paragraph.lines = 1;
    paragraph.atBlockStart = atBlockStart2;
  };
  const closeFence = (open, closeStart, closeEnd) => {
    const finding = open.finding;
    const openLine = open.openLine;
    finding.end = closeEnd;
    if (!mends || openLine[0] === " " || openLine[0] === "	")
      return;
    const fenceRun = /^(`{3,}|~{3,})/.exec(openLine)[0];
    const comment = (line, run) => `<!--${line.trim().slice(run.length)}-->`;
    const body = text.slice(text.indexOf("\n", finding.start) + 1, closeStart);
    const code2 = body === "" ? [] : body.replace(/\n$/, "").split("\n");
    const closeLine = text.slice(closeStart, closeEnd);
    const closeRun = /^\s*(`{3,}|~{3,})/.exec(closeLine)[1];
    const parts = [`${open.afterParagraph ? "\n" : ""}${comment(openLine, fenceRun)}`, ""];
    for (const line of code2)
      parts.push(line.trim() === "" ? line : `    ${line}`);
    parts.push("", comment(closeLine, closeRun));
    finding.fix = parts.join("\n");
  };
  for (let next = markerLineEnd + 1; next <= span.end; ) {
    const lineStart = next;
    const lineEnd2 = lineEnd(text, lineStart, span.end);
    next = lineEnd2 + 1;
    const leading = skipSpacesAndTabs(text, lineStart, lineEnd2) - lineStart;
    const first = text[lineStart + leading] ?? "";
    if (fence) {
      if (first === "`" || first === "~") {
        const close = FENCE.exec(text.slice(lineStart, lineEnd2));
        if (close && close[2][0] === fence.char && close[2].length >= fence.length && close[3].trim() === "") {
          closeFence(fence, lineStart, lineEnd2);
          fence = null;
          markCode(lineStart, lineEnd2);
          previous = "other";
          continue;
        }
      }
      markCode(lineStart, lineEnd2);
      previous = "other";
      continue;
    }
    if (lineStart + leading === lineEnd2) {
      previous = "blank";
      atBlockStart = true;
      paragraphInQuote = false;
      continue;
    }
    const leadingColumns = leading === 0 ? 0 : columns(text.slice(lineStart, lineStart + leading));
    if (leadingColumns < 4 && !SPECIAL_FIRST.test(first) && !lineHas(text, "|", lineStart, lineEnd2)) {
      const startsBlock2 = atBlockStart;
      atBlockStart = false;
      if (startsBlock2)
        blockIsList = false;
      if (previous === "blank" && lists.length > 0 && leadingColumns < lists.at(-1).contentColumn)
        lists = [];
      if (previous === "paragraph")
        paragraph.lines++;
      else
        startParagraph(lineStart, startsBlock2);
      previous = "paragraph";
      continue;
    }
    const content = text.slice(lineStart, lineEnd2);
    const mayUnderline = (content.includes("-") || content.includes("=")) && SETEXT_UNDERLINE.test(content);
    if (paragraphInQuote && previous === "paragraph" && mayUnderline) {
      report2(paragraph.start, lineStart + content.length, "Underline right below a quoted line: the hand-in turns the quoted line above into a heading", "Leave a blank line between the `> Answer:` line and this one.", () => `${text.slice(paragraph.start, lineStart)}
${content}`);
      previous = "other";
      atBlockStart = true;
      continue;
    }
    const startsBlock = atBlockStart;
    atBlockStart = false;
    const indent = leadingColumns;
    const mayBreak = first === "-" || first === "*" || first === "_";
    const mayItem = first === "-" || first === "*" || first === "+" || first >= "0" && first <= "9";
    const item = !mayItem || mayBreak && THEMATIC_BREAK.test(content) ? null : LIST_ITEM.exec(content);
    if (previous === "blank" && !item && indent < (lists.at(-1)?.contentColumn ?? 0))
      lists = [];
    const container = innermostContaining(lists, indent);
    const indentedCode = indent - container >= 4 && previous !== "paragraph" && previous !== "list-item";
    if (startsBlock)
      blockIsList = item !== null;
    const fenceOpen = first === "`" || first === "~" ? FENCE.exec(content) : null;
    if (fenceOpen && !indentedCode && !(fenceOpen[2][0] === "`" && fenceOpen[3].includes("`"))) {
      const info = fenceOpen[3].trim();
      const shown = info ? `, \`${info}\` included` : "";
      report2(lineStart, lineEnd2, `Fenced code block: the hand-in shows it as one run of inline code${shown}, not as a code block`, notes.fence);
      fence = { char: fenceOpen[2][0], length: fenceOpen[2].length, finding: found.at(-1), openLine: content, afterParagraph: previous === "paragraph" };
      previous = "other";
      continue;
    }
    if (indentedCode) {
      markCode(lineStart, lineEnd2);
      previous = "other";
      continue;
    }
    if (previous === "paragraph" && lists.length === 0 && mayUnderline) {
      if (indent > 0 || paragraph.lines !== 1 || !paragraph.atBlockStart) {
        const above = paragraph.lines === 1 ? "the line above" : `the ${paragraph.lines} lines above`;
        const mend = () => {
          const title = text.slice(paragraph.start, lineStart - 1);
          const oneLineAbove = paragraph.lines === 1 && paragraph.start > markerLineEnd && !title.includes("\n");
          return oneLineAbove && indent === 0 && title.trim() !== "" ? `${content.trim()[0] === "=" ? "#" : "##"} ${title.trim()}` : void 0;
        };
        report2(paragraph.start, lineEnd2, `Underline: GitHub makes ${above} a heading, the hand-in does not`, "For a heading, write `### Title` on a line of its own; for a rule, leave a blank line above the dashes.", mend);
      }
      previous = "other";
      atBlockStart = true;
      continue;
    }
    if (mayBreak && THEMATIC_BREAK.test(content)) {
      previous = "other";
      atBlockStart = true;
      continue;
    }
    const hashes = first === "#" ? HASH_LINE.exec(content) : null;
    const heading = first === "#" ? ATX_HEADING.exec(content) : null;
    if (hashes && !heading) {
      report2(lineStart, lineStart + hashes[0].length, `\`${hashes[0]}\` at the start of a line: the hand-in makes this line a heading, GitHub does not`, notes.hashLine, () => `\\${hashes[0]}`);
    } else if (heading?.[1]) {
      report2(lineStart, lineEnd2, "Indented heading: GitHub shows a heading, the hand-in plain text", notes.indentedHeading, () => content.trimStart());
    }
    if (heading || hashes) {
      previous = "other";
      atBlockStart = true;
      continue;
    }
    if (item) {
      const marker2 = item[2];
      const kind = /\d/.test(marker2) ? marker2.slice(-1) : marker2;
      const hasContent = item[4].trim() !== "";
      const inList = lists.length > 0;
      const canInterrupt = hasContent && (!/\d/.test(marker2) || /^0*1[.)]$/.test(marker2));
      if (!inList && previous === "paragraph" && !canInterrupt || !inList && indent >= 4) {
        previous = "paragraph";
        continue;
      }
      let sibling;
      while (lists.length > 0 && indent < lists.at(-1).contentColumn)
        sibling = lists.pop();
      const contentColumn = indent + marker2.length + Math.min(columns(item[3]) || 1, 4);
      lists.push({ contentColumn, kind });
      const markerEnd = lineStart + content.indexOf(marker2) + marker2.length;
      const githubDepth = lists.length - 1;
      const handinDepth = Math.floor(indent / 4);
      if (kind === ")") {
        const written = text.slice(lineStart, markerEnd);
        report2(lineStart, markerEnd, `\`${marker2}\` list marker: the hand-in only knows \`1.\`-style numbers, so this is no list there`, notes.parenMarker, () => `${written.slice(0, -1)}.`);
      } else if (!blockIsList && (previous === "paragraph" || previous === "list-item")) {
        report2(lineStart, markerEnd, "List right after a paragraph line: GitHub shows a list, the hand-in one paragraph with the markers as text", notes.listAfterParagraph, () => `
${text.slice(lineStart, markerEnd)}`);
        blockIsList = true;
      } else if (githubDepth !== handinDepth) {
        const levels = (depth) => depth === 0 ? "at the top level" : `${depth} level${depth === 1 ? "" : "s"} deep`;
        report2(
          lineStart,
          markerEnd,
          `List item indented by ${indent} spaces: GitHub shows it ${levels(githubDepth)}, the hand-in ${levels(handinDepth)}`,
          notes.nesting,
          // 4 columns a level reach past any parent's content column, which is what GitHub asks.
          () => leading === leadingColumns ? `${" ".repeat(4 * githubDepth)}${marker2}` : void 0
        );
      } else if (sibling && sibling.kind !== kind) {
        report2(lineStart, markerEnd, `List marker changes from \`${sibling.kind}\` to \`${kind}\`: GitHub starts a new list here, the hand-in continues the old one`, notes.markerChange, () => /^[-*+]$/.test(sibling.kind) && /^[-*+]$/.test(kind) ? `${text.slice(lineStart, markerEnd - 1)}${sibling.kind}` : void 0);
      }
      const task = /^\[[ xX]\](?=[ \t])/.exec(item[4]);
      if (task) {
        const at = lineEnd2 - item[4].length;
        report2(at, at + 3, `Task list box \`${task[0]}\`: GitHub shows a checkbox, the hand-in the brackets as text`, notes.task);
      }
      previous = "list-item";
      continue;
    }
    if (first === "<" && previous !== "paragraph" && HTML_BLOCK.test(content)) {
      previous = "other";
      continue;
    }
    if (previous === "paragraph" && content.includes("-") && content.includes("|") && DELIMITER_ROW.test(content)) {
      const headerStart = text.lastIndexOf("\n", lineStart - 2) + 1;
      const header = text.slice(headerStart, lineStart - 1);
      if (header.includes("|") && tableCells(header) === tableCells(content)) {
        report2(headerStart, lineEnd2, "Table: the hand-in shows the rows as plain text, pipes included", notes.table);
        previous = "other";
        continue;
      }
    }
    if (previous === "paragraph")
      paragraph.lines++;
    else
      startParagraph(lineStart, startsBlock);
    previous = "paragraph";
  }
  return { found, code };
}
function renderingFindings(text, span, marker, question, mends = true) {
  const blocks = blockDivergences(text, span, marker, mends);
  const divergences = blocks.found.concat(inlineDivergences(text, span, blocks.code, mends));
  const drafts = [];
  for (let index = 0; index < divergences.length; index++) {
    const divergence = divergences[index];
    const draft = {
      ruleId: "handin-rendering",
      severity: rules["handin-rendering"].severity,
      official: false,
      question,
      start: divergence.start,
      end: divergence.end,
      message: divergence.message
    };
    if (divergence.note !== void 0)
      draft.note = divergence.note;
    if (divergence.fix !== void 0)
      draft.fix = divergence.fix;
    drafts.push(draft);
  }
  return drafts;
}

// packages/core/dist/findings/structure-findings.js
function structureDraft(start, end, message, note, question = null) {
  return { ruleId: "template-structure", severity: rules["template-structure"].severity, official: true, question, start, end, message, note };
}
function causesOfStop(text, structure, verdicts) {
  const drafts = [];
  const { questions } = structure;
  const present = new Set(questions.map((question) => question.number));
  if (questions.length === 0) {
    return [
      structureDraft(0, lineEnd(text, 0), "No `### Question N` headings: this does not look like a report on the course template", "Start from the course template (reports/README.md) and write your answers under its `> Answer:` lines.")
    ];
  }
  if (verdicts.checkedAs !== "text") {
    const missing = verdicts.questions.map((verdict) => verdict.number).filter((number) => !present.has(number));
    for (let index = 0; index < missing.length; ) {
      let last = index;
      while (missing[last + 1] === missing[last] + 1)
        last++;
      const [from, to] = [missing[index], missing[last]];
      const next = questions.find((question) => question.number > to);
      const at = next?.heading.start ?? text.length;
      const message = from === to ? `There is no \`### Question ${from}\` heading` : `There are no headings for questions ${from}–${to}`;
      drafts.push(structureDraft(at, next ? next.heading.end : at, message, "Put the questions back as the template has them: the checker pairs answers with questions by counting.", from));
      index = last + 1;
    }
  }
  for (const question of questions) {
    const { number, heading, markers } = question;
    if (markers.length === 0) {
      drafts.push(structureDraft(heading.start, heading.end, `Question ${number} has no \`Answer:\` line: the checker reads it as part of the answer before it`, "Put back the `> Answer:` line under the question, as in the template.", number));
    }
    for (let index = 1; index < markers.length; index++) {
      const previous = markers[index - 1];
      const marker = markers[index];
      if (!text.slice(previous, marker).includes("###"))
        continue;
      drafts.push(structureDraft(marker, marker + ANSWER_MARKER.length, `Question ${number} has a second \`Answer:\`: the checker starts an extra answer here`, 'Keep one `Answer:` per question; reword this one (for example "Answer -").', number));
    }
  }
  let section = 0;
  for (const index of structure.markers) {
    while (section < questions.length && questions[section].sectionEnd < index)
      section++;
    const question = questions[section];
    if (question && question.heading.start < index)
      continue;
    const beforeAll = questions.length > 0 && index < questions[0].heading.start;
    drafts.push(structureDraft(index, index + ANSWER_MARKER.length, `\`Answer:\` outside any question${beforeAll ? ", before question 1" : ""}: the checker counts an answer here`, "Remove or reword this `Answer:`; only the template's `> Answer:` lines may use it."));
  }
  const lastMarker = structure.markers.at(-1);
  const trailing = lastMarker === void 0 ? -1 : text.indexOf("###", lastMarker);
  if (trailing !== -1) {
    drafts.push(structureDraft(trailing, lineEnd(text, trailing), "`###` after the last `Answer:`: the checker counts the last answer twice and finds one answer too many", "Move this heading and its text above the last question, or write it without `###`."));
  }
  return drafts;
}
function structureFindings(text, structure, verdicts, generationGuessed) {
  const drafts = [];
  if (generationGuessed) {
    drafts.push({
      ruleId: "template-generation",
      severity: rules["template-generation"].severity,
      official: false,
      question: null,
      start: 0,
      end: lineEnd(text, 0),
      message: `Cannot tell which template this report was written on (no \`### Question 31\` or \`### Question 27\` heading); checked as the ${verdicts.checkedAs}-question template`,
      note: "Use `--constraints text` to read each question's limits from its own wording."
    });
  }
  const { cut } = verdicts;
  if (cut.error) {
    const found = cut.answers.length;
    drafts.push(structureDraft(0, lineEnd(text, 0), found === 0 && cut.error.startsWith("IndexError") ? "The course checker stops: there is no `Answer:` in the file, so it checks nothing" : `The course checker stops: it finds ${found} answers where it expects ${cut.expected}, so it checks nothing`, `It stops with "${cut.error}". The findings below say where the template was changed.`), ...causesOfStop(text, structure, verdicts));
    return drafts;
  }
  for (let index = 0; index < verdicts.questions.length; index++) {
    const verdict = verdicts.questions[index];
    const section = verdict.section;
    if (!verdict.counted || section?.number === verdict.number)
      continue;
    drafts.push({
      ruleId: "answer-alignment",
      severity: rules["answer-alignment"].severity,
      official: false,
      question: verdict.number,
      start: verdict.counted.start,
      end: verdict.counted.start,
      message: `The checker reads this as question ${verdict.number}'s answer, but it sits ${section ? `under question ${section.number}` : "outside every question"}`,
      note: "An `Answer:` line is missing in one place and extra in another: give every question exactly one."
    });
  }
  return drafts;
}

// packages/core/dist/official-tables.js
function outsideRange(count, range2) {
  return range2 !== void 0 && (count < range2[0] || count > range2[1]);
}
var none = {};
var words = (min, max) => ({ words: [min, max] });
var images = (min, max) => ({ images: [min, max] });
var both = (w, i) => ({ ...w, ...i });
var table31 = [
  none,
  none,
  words(0, 200),
  words(100, 200),
  words(100, 200),
  words(100, 200),
  words(50, 100),
  words(100, 200),
  words(100, 200),
  words(100, 200),
  words(200, 300),
  words(50, 100),
  words(100, 200),
  both(words(200, 300), images(1, 3)),
  words(100, 200),
  words(100, 200),
  words(50, 200),
  words(100, 200),
  images(1, 2),
  images(1, 2),
  images(1, 2),
  words(100, 200),
  words(100, 200),
  words(100, 200),
  words(100, 200),
  words(100, 200),
  words(100, 200),
  words(0, 200),
  both(words(200, 400), images(1, 1)),
  words(200, 400),
  words(50, 300)
];
var table27 = [
  none,
  none,
  words(100, 200),
  words(100, 200),
  words(100, 200),
  words(50, 100),
  words(50, 100),
  words(100, 200),
  words(100, 200),
  words(100, 200),
  words(200, 300),
  words(50, 100),
  words(100, 200),
  both(words(200, 300), images(1, 3)),
  words(100, 200),
  words(100, 200),
  words(50, 200),
  words(100, 200),
  images(1, 2),
  images(1, 1),
  images(1, 1),
  words(100, 200),
  words(100, 200),
  words(25, 100),
  both(words(200, 400), images(1, 1)),
  words(200, 400),
  words(50, 200)
];
var officialTables = { 31: table31, 27: table27 };
var currentGeneration = 31;

// packages/core/dist/findings/verdict-findings.js
function distance(actual, [min, max], short, over) {
  return actual < min ? `${min - actual} ${short}` : `${actual - max} ${over}`;
}
var PLACEHOLDER = /^\s*`*\s*-{2,}\s*question\s+\d+\s+fill\s+here\s*-{2,}\s*`*\s*$/i;
var BLANK = /^\s*$/;
function isUnanswered(answerText) {
  return answerText.length < 120 && (BLANK.test(answerText) || PLACEHOLDER.test(answerText));
}
function verdictFindings(verdict, answerText) {
  const { number, constraints, words: words2, images: images2, counted } = verdict;
  if (!counted || verdict.pass === null)
    return [];
  const at = { question: number, start: counted.start, end: counted.end };
  const wordRange = constraints.words;
  const imageRange = constraints.images;
  const wordsFail = outsideRange(words2, wordRange);
  const imagesFail = outsideRange(images2, imageRange);
  if (answerText !== null && isUnanswered(answerText)) {
    const placeholder = answerText.trim() !== "";
    const how = placeholder ? "the template placeholder is still there" : "nothing is written under `Answer:`";
    const counts = verdict.pass ? `the checker lets it pass with ${plural(words2, "word")}` : `the checker counts ${plural(words2, "word")}${imageRange ? ` and ${plural(images2, "image")}` : ""} and fails it`;
    const ruleId = wordsFail ? "question-length" : imagesFail ? "question-images" : "unanswered-question";
    return [
      {
        ruleId,
        severity: rules[ruleId].severity,
        official: !verdict.pass,
        ...at,
        message: `Question ${number} is unanswered: ${how} (${counts})`,
        note: placeholder ? "Replace the `--- question N fill here ---` line with your answer." : "Write your answer below the `Answer:` line.",
        actual: "unanswered",
        ...wordRange ? { expected: `${formatRange(wordRange)} words` } : imageRange ? { expected: `${formatRange(imageRange)} images` } : {}
      }
    ];
  }
  const drafts = [];
  if (wordRange && wordsFail) {
    drafts.push({
      ruleId: "question-length",
      severity: rules["question-length"].severity,
      official: true,
      ...at,
      message: `Question ${number}: ${plural(words2, "word")}, expected ${formatRange(wordRange)} (${distance(words2, wordRange, "short", "over")})`,
      note: words2 < wordRange[0] ? "The course checker counts words as Python's `str.split()` does: every run of non-space characters, markdown symbols and URLs included." : "Shorten the answer: the course checker counts every run of non-space characters, markdown symbols and URLs included.",
      actual: words2,
      expected: `${formatRange(wordRange)} words`
    });
  }
  if (imageRange && imagesFail) {
    drafts.push({
      ruleId: "question-images",
      severity: rules["question-images"].severity,
      official: true,
      ...at,
      message: `Question ${number}: ${plural(images2, "image")}, expected ${formatRange(imageRange)} (${distance(images2, imageRange, "missing", "too many")})`,
      note: "Only `![alt](figures/name.png)` on one line counts; `<img>` tags and reference-style images do not.",
      actual: images2,
      expected: `${formatRange(imageRange)} images`
    });
  }
  return drafts;
}

// packages/core/dist/checklist/base-name.js
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}

// packages/core/dist/checklist/scraper-paths.js
var scraperPaths = {
  /** `num_docker_files`: a path containing `Dockerfile` or `.dockerfile`. */
  dockerFile: (path) => path.includes("Dockerfile") || path.includes(".dockerfile"),
  /** `num_python_files`: a path containing `.py`. */
  pythonFile: (path) => path.includes(".py"),
  /** `num_workflow_files`: under `.github/workflows/`, ending `.yml` or `.yaml`. */
  workflowFile: (path) => path.startsWith(".github/workflows/") && (path.endsWith(".yml") || path.endsWith(".yaml")),
  /** `has_requirements_file`: a path containing `requirements.txt`. */
  requirementsFile: (path) => path.includes("requirements.txt"),
  /** `has_cloudbuild`: a base name `cloudbuild.yaml`. */
  cloudbuild: (path) => baseName(path) === "cloudbuild.yaml",
  /** `using_dvc`: a path containing `.dvc`. */
  dvc: (path) => path.includes(".dvc")
};

// packages/core/dist/checklist/checklist-rules.js
function isCheckable(rule) {
  return "find" in rule;
}
var byPath = (test) => (repo) => repo.paths.filter(test);
var byName = (name) => byPath((path) => name.test(baseName(path)));
var importing = (...modules) => (repo) => repo.importing(modules);
var byText = (text, admits = () => true) => (repo) => {
  const files = [];
  for (const [path, content] of repo.texts())
    if (admits(path) && text.test(content))
      files.push(path);
  return files;
};
var inWorkflows = (text) => (repo) => repo.workflows.filter((workflow) => text.test(workflow.text)).map((workflow) => workflow.path);
var testFilesNamed = (name) => (repo) => repo.testFiles().filter((file) => name.test(baseName(file.path))).map((file) => file.path);
var either = (...finders2) => (repo) => [...new Set(finders2.flatMap((find) => find(repo)))];
var both2 = (first, second) => (repo) => {
  const firstFiles = first(repo);
  if (firstFiles.length === 0)
    return [];
  const secondFiles = second(repo);
  return secondFiles.length === 0 ? [] : [.../* @__PURE__ */ new Set([...firstFiles, ...secondFiles])];
};
var ENVIRONMENT_FILE = /^(?:requirements.*\.txt|pyproject\.toml|uv\.lock|poetry\.lock|Pipfile(?:\.lock)?|environment\.ya?ml|setup\.py|setup\.cfg)$/;
var CONFIGURATION = /(?:^|\/)(?:configs?|conf)\/.*\.ya?ml$|(?:^|\/)[^/]*config[^/]*\.ya?ml$/i;
var LINTERS = /\b(?:ruff|flake8|pylint|black|pycodestyle|autopep8)\b/;
var DATA_PATHS_TRIGGER = /\bpaths\s*:\s*(?:\[[^\]]*(?:\.dvc|data)|(?:\n[ \t]*-[^\n]*)*?\n[ \t]*-[^\n]*(?:\.dvc|data))/;
var GCP_TRAINING = /\b(?:aiplatform|custom-jobs|workerPoolSpecs|vertex[_ ]?ai|compute instances create)\b/i;
var GCP_DEPLOY = /\bgcloud\s+(?:beta\s+)?(?:run|functions)\s+deploy\b|deploy-cloudrun|run\.googleapis\.com|\bfunctions_framework\b/;
var DISTRIBUTED_TRAINING = /\bDistributedDataParallel\b|\btorch\.distributed\b|\bstrategy\s*=\s*["'](?:ddp|fsdp|deepspeed)|\baccelerate\b/;
var SPEED_UP = /\btorch\.(?:compile|quantization|ao\.quantization)\b|\bquantize_dynamic\b|\bnn\.utils\.prune\b|\btorch\.jit\.(?:script|trace)\b|\bonnxruntime\.quantization\b/;
var checklistRules = [
  {
    id: "git-repository",
    module: "M5",
    item: /create a git repository/,
    lookedFor: "the repository itself (`.`), once it has a commit",
    missing: "the repository has no commit",
    find: (repo) => repo.paths.length > 0 ? ["."] : []
  },
  { id: "write-access", module: "M5", item: /write access/ },
  {
    id: "environment",
    module: "M2",
    item: /dedicated environment/,
    lookedFor: "a file that pins the environment (`requirements*.txt`, `pyproject.toml`, `uv.lock`, `environment.yml`, …)",
    missing: "no requirements, pyproject or environment file is committed",
    find: byName(ENVIRONMENT_FILE)
  },
  {
    id: "cookiecutter-structure",
    module: "M6",
    item: /file structure using cookiecutter/,
    lookedFor: "a package folder (`__init__.py`) beside a `pyproject.toml` or `setup.py`",
    missing: "no Python package with a pyproject.toml or setup.py is committed",
    find: both2(byName(/^__init__\.py$/), byName(/^(?:pyproject\.toml|setup\.py)$/))
  },
  {
    id: "data-script",
    module: "M6",
    item: /fill out the `?(?:data|make_dataset)\.py`? file/,
    lookedFor: "a `data.py`, `make_dataset.py` or `dataset.py`",
    missing: "no data.py or make_dataset.py is committed",
    find: byName(/^(?:data|make_dataset|dataset)\.py$/)
  },
  {
    id: "model-and-training",
    module: "M6",
    item: /add a model (?:to `?model\.py`?|file) and a training (?:procedure|script)/,
    lookedFor: "a model file (`model.py`, `models.py`) and a training script (`train.py`, `train_model.py`)",
    missing: "no model.py and train.py are committed",
    find: both2(byName(/^models?\.py$/), byName(/^train(?:_model)?\.py$/))
  },
  {
    id: "requirements",
    module: "M2+M6",
    item: /fill out the `?requirements/,
    lookedFor: "a `requirements*.txt`, `pyproject.toml` or `uv.lock`",
    missing: "no requirements.txt, pyproject.toml or uv.lock is committed",
    find: byName(/^(?:requirements.*\.txt|pyproject\.toml|uv\.lock)$/)
  },
  {
    id: "coding-practices",
    module: "M7",
    item: /good coding practices/,
    lookedFor: "a linter or formatter configured (ruff, flake8, black, pylint) in `pyproject.toml`, `setup.cfg`, `ruff.toml`, `.flake8` or the pre-commit hooks",
    missing: "no linter or formatter (ruff, flake8, black, pylint) is configured",
    find: either(byName(/^(?:\.?ruff\.toml|\.flake8|\.pylintrc|pylintrc)$/), byText(/\[tool\.(?:ruff|black|flake8|pylint)\b|\[flake8\]|\[pycodestyle\]/, (path) => /^(?:pyproject\.toml|setup\.cfg|tox\.ini)$/.test(baseName(path))), byText(LINTERS, (path) => baseName(path) === ".pre-commit-config.yaml"))
  },
  {
    id: "typing-and-docs",
    module: "M7",
    item: /code typing/,
    lookedFor: "Python functions with type annotations (`def f(x: int) -> …`)",
    missing: "no committed Python function has type annotations",
    find: (repo) => repo.python.filter((file) => /^[ \t]*(?:async[ \t]+)?def[ \t]+\w+\([^)]*\)[ \t]*->/m.test(file.text)).map((file) => file.path)
  },
  {
    id: "data-version-control",
    module: "M8",
    item: /version control for your data/,
    lookedFor: "a path containing `.dvc` (the scraper's `using_dvc`)",
    missing: "no .dvc file or folder is committed",
    find: byPath(scraperPaths.dvc)
  },
  {
    id: "command-line",
    module: "M9",
    item: /command line interfaces/,
    lookedFor: "code importing `typer`, `click`, `argparse` or `fire`, or a `tasks.py`/`Makefile`",
    missing: "no code imports typer, click or argparse, and no tasks.py or Makefile is committed",
    find: either(importing("typer", "click", "argparse", "fire"), byName(/^(?:tasks\.py|Makefile)$/))
  },
  {
    id: "docker-files",
    module: "M10",
    item: /construct one or multiple docker ?files/,
    lookedFor: "a path containing `Dockerfile` or `.dockerfile` (the scraper's `num_docker_files`)",
    missing: "no Dockerfile is committed",
    find: byPath(scraperPaths.dockerFile)
  },
  { id: "docker-build", module: "M10", item: /build the docker ?files locally/ },
  {
    id: "configuration-files",
    module: "M11",
    item: /configurations? files for your experiments/,
    lookedFor: "a YAML file under `configs/`, `config/` or `conf/`, or named `*config*.yaml`",
    missing: "no experiment configuration (a YAML file under configs/) is committed",
    find: byPath((path) => CONFIGURATION.test(path))
  },
  { id: "hydra", module: "M11", item: /hydra/, lookedFor: "code importing `hydra`", missing: "no committed code imports hydra", find: importing("hydra") },
  {
    id: "profiling",
    module: "M12",
    item: /profiling/,
    lookedFor: "code importing a profiler (`cProfile`, `pstats`, `torch.profiler`, `line_profiler`, `pyinstrument`, `memory_profiler`, `snakeviz`)",
    missing: "no committed code imports a profiler (cProfile, torch.profiler, …)",
    find: either(importing("cProfile", "profile", "pstats", "torch.profiler", "line_profiler", "pyinstrument", "memory_profiler", "snakeviz", "scalene"), byText(/\btorch\.profiler\b/, (path) => path.endsWith(".py")))
  },
  {
    id: "logging",
    module: "M14",
    item: /use logging to log important events/,
    lookedFor: "code importing `logging` or `loguru`",
    missing: "no committed code imports logging or loguru",
    find: importing("logging", "loguru")
  },
  {
    id: "weights-and-biases",
    module: "M14",
    item: /weights (?:&|and) biases/,
    lookedFor: "code importing `wandb`",
    missing: "no committed code imports wandb",
    find: importing("wandb")
  },
  {
    id: "hyperparameter-sweep",
    module: "M14",
    item: /hyperparameter optimi[sz]ation sweep/,
    lookedFor: "a file named `*sweep*`, or code importing `optuna` or calling `wandb.sweep`",
    missing: "no sweep configuration or optuna code is committed",
    find: either(byName(/sweep/i), importing("optuna"), byText(/\bwandb\.sweep\b/, (path) => path.endsWith(".py")))
  },
  {
    id: "lightning",
    module: "M15",
    item: /pytorch[- ]lightning/,
    lookedFor: "code importing `lightning` or `pytorch_lightning`",
    missing: "no committed code imports lightning or pytorch_lightning",
    find: importing("lightning", "pytorch_lightning")
  },
  {
    id: "data-tests",
    module: "M16",
    item: /unit tests related to the data/,
    lookedFor: "a test file named after data (`test_data*.py`, …) with a `test_` function",
    missing: "no test file about the data (test_data.py with a test_ function) is committed",
    find: testFilesNamed(/data/i)
  },
  {
    id: "model-tests",
    module: "M16",
    item: /unit tests related to model/,
    lookedFor: "a test file named after the model or training (`test_model*.py`, `test_train*.py`) with a `test_` function",
    missing: "no test file about the model or training (test_model.py with a test_ function) is committed",
    find: testFilesNamed(/model|train/i)
  },
  {
    id: "coverage",
    module: "M16",
    item: /calculate the (?:code )?coverage/,
    lookedFor: "`coverage` or `pytest-cov` (`--cov`) in a workflow, the project's configuration or requirements, or a `.coveragerc`",
    missing: "neither coverage nor pytest-cov is set up in a workflow, configuration or requirements file",
    find: either(byName(/^\.coveragerc$/), byText(/\bcoverage\b|--cov\b|pytest-cov/, (path) => !path.endsWith(".py") || baseName(path) === "tasks.py"))
  },
  {
    id: "continuous-integration",
    module: "M17",
    item: /continuous integration running/,
    lookedFor: "a workflow under `.github/workflows/` (the scraper's `num_workflow_files`)",
    missing: "no workflow is committed under .github/workflows/",
    find: byPath(scraperPaths.workflowFile)
  },
  {
    id: "ci-matrix-and-caching",
    module: "M17",
    item: /caching and multi-os/,
    lookedFor: "a workflow with a `matrix:` or a cache (`cache:`, `actions/cache`)",
    missing: "no workflow has a matrix or a cache",
    find: inWorkflows(/\bmatrix\s*:|\bcache\s*:|actions\/cache@|enable-cache\s*:/)
  },
  {
    id: "ci-linting",
    module: "M17",
    item: /linting step/,
    lookedFor: "a workflow that runs a linter (ruff, flake8, pylint, black) or the pre-commit hooks",
    missing: "no workflow runs a linter (ruff, flake8, pylint, black) or pre-commit",
    find: inWorkflows(/\b(?:ruff|flake8|pylint|black|pre-commit)\b/)
  },
  {
    id: "pre-commit",
    module: "M18",
    item: /pre-commit hooks/,
    lookedFor: "a `.pre-commit-config.yaml`",
    missing: "no .pre-commit-config.yaml is committed",
    find: byName(/^\.pre-commit-config\.ya?ml$/)
  },
  {
    id: "data-change-workflow",
    module: "M19",
    item: /workflow that triggers when data changes/,
    lookedFor: "a workflow triggered by changes to `.dvc` files or a data folder (`paths:`)",
    missing: "no workflow is triggered by changes to .dvc files or data",
    find: inWorkflows(DATA_PATHS_TRIGGER)
  },
  {
    id: "model-registry-workflow",
    module: "M19",
    item: /changes to the model registry/,
    lookedFor: "a workflow triggered from outside (`repository_dispatch`, as a registry webhook does)",
    missing: "no workflow has a repository_dispatch trigger",
    find: inWorkflows(/\brepository_dispatch\b/)
  },
  {
    id: "gcp-data-storage",
    module: "M21",
    item: /data storage in gcp bucket/,
    lookedFor: "a DVC remote in a GCP bucket (`gs://` in `.dvc/config`)",
    missing: "no DVC remote in a GCP bucket (gs:// in .dvc/config) is committed",
    find: byText(/gs:\/\//, (path) => path === ".dvc/config")
  },
  {
    id: "cloud-build-trigger",
    module: "M21",
    item: /trigger workflow for automatically building your docker images/,
    lookedFor: "a `cloudbuild.yaml` (the scraper's `has_cloudbuild`)",
    missing: "no cloudbuild.yaml is committed",
    find: byPath(scraperPaths.cloudbuild)
  },
  {
    id: "gcp-training",
    module: "M21",
    item: /model training in gcp/,
    lookedFor: "a Vertex AI or Compute Engine job (`aiplatform`, `custom-jobs`, `workerPoolSpecs`, `compute instances create`) in the code, configuration or workflows",
    missing: "no Vertex AI or Compute Engine job (custom-jobs, workerPoolSpecs, aiplatform) is committed",
    find: byText(GCP_TRAINING)
  },
  {
    id: "fastapi",
    module: "M22",
    item: /fastapi application/,
    lookedFor: "code importing `fastapi`",
    missing: "no committed code imports fastapi",
    find: importing("fastapi")
  },
  {
    id: "gcp-deployment",
    module: "M23",
    item: /deploy your model in gcp/,
    lookedFor: "a Cloud Run or Cloud Functions deployment (`gcloud run deploy`, `gcloud functions deploy`, `deploy-cloudrun`, `functions_framework`)",
    missing: "no Cloud Run or Cloud Functions deployment (gcloud run deploy, …) is committed",
    find: byText(GCP_DEPLOY)
  },
  {
    id: "api-tests",
    module: "M24",
    item: /api tests/,
    lookedFor: "a test file of the API (named `*api*`, or using `TestClient`) with a `test_` function",
    missing: "no test file of the API (test_api.py, or one using TestClient) is committed",
    find: (repo) => repo.testFiles().filter((file) => /api/i.test(baseName(file.path)) || /\bTestClient\b/.test(file.text)).map((file) => file.path)
  },
  {
    id: "load-test",
    module: "M24",
    item: /load test your application/,
    lookedFor: "code importing `locust`, or a `locustfile.py`",
    missing: "no locustfile or code importing locust is committed",
    find: either(importing("locust"), byName(/^locustfile\.py$/))
  },
  {
    id: "onnx-or-bentoml",
    module: "M25",
    item: /onnx or bentoml/,
    lookedFor: "code importing `onnx`, `onnxruntime` or `bentoml`, a `.onnx` model or a `bentofile.yaml`",
    missing: "no code imports onnx, onnxruntime or bentoml",
    find: either(importing("onnx", "onnxruntime", "bentoml"), byName(/\.onnx$|^bentofile\.ya?ml$/))
  },
  {
    id: "frontend",
    module: "M26",
    item: /frontend for your api/,
    lookedFor: "code importing `streamlit` or `gradio`",
    missing: "no committed code imports streamlit or gradio",
    find: importing("streamlit", "gradio")
  },
  {
    id: "data-drift",
    module: "M27",
    item: /robust your model is towards data drifting/,
    lookedFor: "code importing a drift library (`evidently`, `alibi_detect`, `nannyml`)",
    missing: "no committed code imports evidently (or alibi_detect, nannyml)",
    find: importing("evidently", "alibi_detect", "nannyml")
  },
  { id: "input-output-collection", module: "M27", item: /collection of input-output data/ },
  {
    id: "drift-api",
    module: "M27",
    item: /drift detection api/,
    lookedFor: "a Python file importing both a drift library (`evidently`, …) and `fastapi`",
    missing: "no committed API (a file importing fastapi) imports evidently",
    find: (repo) => {
      const apis = new Set(repo.importing(["fastapi"]));
      return repo.importing(["evidently", "alibi_detect", "nannyml"]).filter((path) => apis.has(path));
    }
  },
  {
    id: "system-metrics",
    module: "M28",
    item: /instrument your api|system telemetry/,
    lookedFor: "code importing `prometheus_client` or `prometheus_fastapi_instrumentator`",
    missing: "no committed code imports prometheus_client",
    find: importing("prometheus_client", "prometheus_fastapi_instrumentator")
  },
  { id: "cloud-monitoring", module: "M28", item: /setup cloud monitoring|monitoring for the performance of your deployed model/ },
  { id: "alerts", module: "M28", item: /alert systems?/ },
  {
    id: "distributed-data-loading",
    module: "M29",
    item: /distributed data loading/,
    lookedFor: "a data loader with workers (`num_workers` in the code)",
    missing: "no committed code sets num_workers on a data loader",
    find: byText(/\bnum_workers\b/, (path) => path.endsWith(".py"))
  },
  {
    id: "distributed-training",
    module: "M30",
    item: /distributed (?:model )?training/,
    lookedFor: "distributed training in the code (`torch.distributed`, `DistributedDataParallel`, a `ddp` strategy, `accelerate`)",
    missing: "no committed code trains distributed (torch.distributed, DDP, a ddp strategy)",
    find: byText(DISTRIBUTED_TRAINING, (path) => path.endsWith(".py"))
  },
  {
    id: "quantization-compilation-pruning",
    module: "M31",
    item: /quantization, compilation,? and pruning/,
    lookedFor: "quantization, compilation or pruning in the code (`torch.compile`, `torch.quantization`, `quantize_dynamic`, `nn.utils.prune`, `torch.jit`)",
    missing: "no committed code quantizes, compiles or prunes a model (torch.compile, quantize_dynamic, prune)",
    find: byText(SPEED_UP, (path) => path.endsWith(".py"))
  },
  {
    id: "torchserve",
    module: "M22",
    item: /torchserve/,
    lookedFor: "a TorchServe handler or archive (`torch-model-archiver`, `ts.torch_handler`, a `.mar` file)",
    missing: "no TorchServe handler or archive is committed",
    find: either(importing("ts.torch_handler"), byName(/\.mar$/), byText(/torch-model-archiver|torchserve/))
  },
  {
    id: "documentation",
    module: "M32",
    item: /write some documentation for your application/,
    lookedFor: "an `mkdocs.yml`, or markdown under `docs/`",
    missing: "no mkdocs.yml or docs/ folder is committed",
    find: either(byName(/^mkdocs\.ya?ml$/), byPath((path) => /(?:^|\/)docs\/.*\.md$/.test(path)))
  },
  {
    id: "documentation-pages",
    module: "M32",
    item: /publish the documentation to github pages/,
    lookedFor: "a workflow that publishes to GitHub Pages (`mkdocs gh-deploy`, `actions/deploy-pages`, `gh-pages`)",
    missing: "no workflow publishes to GitHub Pages (mkdocs gh-deploy, deploy-pages)",
    find: inWorkflows(/gh-deploy|actions\/deploy-pages|gh-pages|peaceiris\/actions-gh-pages/)
  },
  { id: "project-description", item: /revisit your initial project description/ },
  { id: "architecture-diagram", item: /architectural diagram/ },
  { id: "shared-understanding", item: /understanding about all parts/ },
  {
    id: "code-uploaded",
    item: /uploaded all your code/,
    lookedFor: "Python files in the repository (the scraper's `num_python_files`)",
    missing: "no Python file is committed",
    find: byPath(scraperPaths.pythonFile)
  }
];

// packages/core/dist/checklist/repository-files.js
var EVIDENCE_TEXT_LIMIT = 1024 * 1024;
var TEXT_EXTENSION = /\.(?:py|toml|cfg|ini|ya?ml|sh|txt|json)$/i;
function wantsText(path) {
  const name = baseName(path);
  if (path === ".dvc/config" || name === "Makefile" || name === "Dockerfile" || /\.dockerfile$/i.test(name))
    return true;
  if (!TEXT_EXTENSION.test(name))
    return false;
  if (/\.(?:txt|json)$/i.test(name))
    return /^requirements.*\.txt$/i.test(name) || name === "package.json";
  return true;
}
var IMPORT_LINE = /^[ \t]*(?:from[ \t]+([A-Za-z_][\w.]*)[ \t]+import\b|import[ \t]+([A-Za-z_][\w.]*(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[A-Za-z_][\w.]*(?:[ \t]+as[ \t]+\w+)?)*))/gm;
var TEST_FUNCTION = /^[ \t]*(?:async[ \t]+)?def[ \t]+test_?\w*[ \t]*\(/m;
var RepositoryIndex = class {
  paths;
  python;
  /** `.github/workflows/*.yml`/`.yaml` with their text (empty when not read). */
  workflows;
  #texts;
  constructor(snapshot) {
    this.paths = snapshot.paths;
    this.#texts = snapshot.texts;
    const python = [];
    const workflows = [];
    for (const path of snapshot.paths) {
      if (path.endsWith(".py")) {
        const text = snapshot.texts.get(path);
        if (text !== void 0)
          python.push({ path, text, imports: importsOf(text) });
      }
      if (scraperPaths.workflowFile(path))
        workflows.push({ path, text: snapshot.texts.get(path) ?? "" });
    }
    this.python = python;
    this.workflows = workflows;
  }
  /** Paths whose text was read, with it. */
  *texts() {
    yield* this.#texts;
  }
  /** Python files importing any of the modules (or a submodule of one). */
  importing(modules) {
    return this.python.filter((file) => modules.some((module2) => importsModule(file.imports, module2))).map((file) => file.path);
  }
  /** Test files (`test_*.py`, `*_test.py`) that define at least one test function. */
  testFiles() {
    return this.python.filter((file) => /^test_.*\.py$|_test\.py$/.test(baseName(file.path)) && TEST_FUNCTION.test(file.text));
  }
};
function importsModule(imports, module2) {
  for (const name of imports)
    if (name === module2 || name.startsWith(`${module2}.`))
      return true;
  return false;
}
function importsOf(text) {
  const modules = /* @__PURE__ */ new Set();
  IMPORT_LINE.lastIndex = 0;
  for (let line = IMPORT_LINE.exec(text); line; line = IMPORT_LINE.exec(text)) {
    if (line[1])
      modules.add(line[1]);
    else
      for (const part of line[2].split(","))
        modules.add(part.trim().split(/[ \t]/)[0]);
  }
  return modules;
}

// packages/core/dist/checklist/checklist-evidence.js
var MAX_EVIDENCE_FILES = 10;
var MODULE_TAG = /\((M\d+(?:\s*\+\s*M\d+)*)\)/;
function checklistRuleFor(text) {
  const normalized = text.toLowerCase().replace(/\s+/g, " ");
  return checklistRules.find((rule) => rule.item.test(normalized)) ?? null;
}
function checklistEvidence(items, snapshot) {
  const repo = new RepositoryIndex(snapshot);
  const found = /* @__PURE__ */ new Map();
  return items.map((item) => {
    const rule = checklistRuleFor(item.text);
    const module2 = MODULE_TAG.exec(item.text)?.[1]?.replace(/\s+/g, "") ?? rule?.module ?? null;
    if (!rule || !isCheckable(rule))
      return { item, rule: rule?.id ?? null, module: module2, evidence: "not checkable", files: [], moreFiles: 0, lookedFor: null, missing: null };
    let files = found.get(rule);
    if (!files) {
      files = rule.find(repo);
      found.set(rule, files);
    }
    const evidence = files.length > 0 ? "found" : "none";
    return {
      item,
      rule: rule.id,
      module: module2,
      evidence,
      files: files.slice(0, MAX_EVIDENCE_FILES),
      moreFiles: Math.max(0, files.length - MAX_EVIDENCE_FILES),
      lookedFor: rule.lookedFor,
      missing: evidence === "none" && item.checked ? rule.missing : null
    };
  });
}

// packages/core/dist/sorted-offsets.js
function countBelow(sorted, value) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (sorted[mid] < value)
      low = mid + 1;
    else
      high = mid;
  }
  return low;
}
function countAtOrBelow(sorted, value) {
  return countBelow(sorted, value + 1);
}

// packages/core/dist/report-structure.js
var HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)[ \t]*(.*?)[ \t]*#*[ \t]*$/;
var QUESTION_HEADING = /^ {0,3}#{1,6}[ \t]*Question[ \t]*(\d+)\b/i;
var FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
var ITEM_START = String.raw`[ \t]*[*+-][ \t]+\[([^\]\n]{0,5})\][ \t]+`;
var CHECKLIST_ITEM = new RegExp(String.raw`(?<=^|\n)${ITEM_START}([^\n]*)((?:\n(?!${ITEM_START})[ \t]+\S[^\n]*)*)`, "g");
function isTickMark(mark2) {
  const trimmed = mark2.trim();
  return trimmed !== "" && trimmed !== "-";
}
var LINE_OPENERS = ["#", "```", "~~~"];
var FIRST_LINE_CANDIDATE = /^[ \t]{0,3}(?:#|`{3}|~{3})/;
function candidateLines(text) {
  const nextAt = [-2, -2, -2];
  return (from) => {
    let found = -1;
    for (let which = 0; which < LINE_OPENERS.length; which++) {
      let at = nextAt[which];
      if (at === -1)
        continue;
      const opener = LINE_OPENERS[which];
      if (at <= from)
        at = text.indexOf(opener, from + 1);
      while (at !== -1 && (found === -1 || at < found)) {
        const lineStart = openedLineStart(text, at, from);
        if (lineStart !== -1) {
          if (found === -1 || lineStart < found)
            found = lineStart;
          break;
        }
        const lineEnd2 = text.indexOf("\n", at);
        at = lineEnd2 === -1 ? -1 : text.indexOf(opener, lineEnd2 + 1);
      }
      nextAt[which] = at;
    }
    return found;
  };
}
function openedLineStart(text, at, from) {
  let indent = 0;
  while (indent < 3 && isSpaceOrTab(text.charCodeAt(at - indent - 1)))
    indent++;
  const newline = at - indent - 1;
  return newline >= from && text.charCodeAt(newline) === 10 ? newline + 1 : -1;
}
function isSpaceOrTab(code) {
  return code === 32 || code === 9;
}
var HASH = 35;
var LETTER_Q = 81;
var LETTER_LOWER_Q = 113;
function readHeadings(text) {
  const headings = [];
  const questionNumbers = /* @__PURE__ */ new Map();
  let fence = null;
  const nextCandidate = candidateLines(text);
  for (let start = FIRST_LINE_CANDIDATE.test(text) ? 0 : nextCandidate(0); start !== -1; ) {
    const end = lineEnd(text, start);
    const isHash = text.charCodeAt(skipSpacesAndTabs(text, start, end)) === HASH;
    if (fence) {
      if (!isHash) {
        const line = text.slice(start, end);
        const close = FENCE_OPEN.exec(line);
        if (close && close[1].startsWith(fence.char) && close[1].length >= fence.length && line.trim() === close[1])
          fence = null;
      }
    } else if (!isHash) {
      const line = text.slice(start, end);
      const open = FENCE_OPEN.exec(line);
      if (open && !(open[1][0] === "`" && line.slice(open[0].length).includes("`")))
        fence = { char: open[1][0], length: open[1].length };
    } else {
      const line = text.slice(start, end);
      const heading = HEADING.exec(line);
      const initial = heading ? heading[2].charCodeAt(0) : LETTER_Q;
      const question = initial === LETTER_Q || initial === LETTER_LOWER_Q ? QUESTION_HEADING.exec(line) : null;
      if (heading || question) {
        const level = heading ? heading[1].length : /#+/.exec(line)?.[0].length ?? 3;
        const entry = { level, text: heading ? heading[2] : line.replace(/^\s*#+\s*/, ""), start, end };
        headings.push(entry);
        if (question)
          questionNumbers.set(entry, Number(question[1]));
      }
    }
    start = nextCandidate(end);
  }
  return { headings, questionNumbers };
}
function findMarkers(text) {
  const found = [];
  for (let index = text.indexOf(ANSWER_MARKER); index !== -1; index = text.indexOf(ANSWER_MARKER, index + ANSWER_MARKER.length)) {
    found.push(index);
  }
  return found;
}
function within(offsets, start, end) {
  return offsets.slice(countBelow(offsets, start), countBelow(offsets, end));
}
function isBlank(code) {
  return code === 32 || code >= 9 && code <= 13 || code === 160;
}
function trimBlankEdges(text, start, end) {
  while (start < end && isBlank(text.charCodeAt(start)))
    start++;
  while (end > start && isBlank(text.charCodeAt(end - 1)))
    end--;
  return { start, end };
}
function readChecklist(text, headings, firstQuestionStart) {
  const items = [];
  const region = text.slice(0, firstQuestionStart);
  let heading = -1;
  CHECKLIST_ITEM.lastIndex = 0;
  for (let item = CHECKLIST_ITEM.exec(region); item; item = CHECKLIST_ITEM.exec(region)) {
    while (heading + 1 < headings.length && headings[heading + 1].start < item.index)
      heading++;
    let itemText = item[2].trim();
    const lines = item[3].split("\n");
    for (let line = 1; line < lines.length; line++)
      itemText += ` ${lines[line].trim()}`;
    const mark2 = item[1];
    items.push({ group: headings[heading]?.text ?? "", text: itemText, mark: mark2, checked: isTickMark(mark2), start: item.index, end: item.index + item[0].length });
  }
  return items;
}
function readStructure(text) {
  const { headings, questionNumbers } = readHeadings(text);
  const allMarkers = findMarkers(text);
  const questions = [];
  let boundary = text.length;
  for (let index = headings.length - 1; index >= 0; index--) {
    const heading = headings[index];
    const number = questionNumbers.get(heading);
    if (number === void 0) {
      if (heading.level <= 2)
        boundary = heading.start;
      continue;
    }
    const sectionEnd = boundary;
    boundary = heading.start;
    const markers = within(allMarkers, heading.end, sectionEnd);
    const firstMarker = markers[0];
    const promptEnd = firstMarker ?? sectionEnd;
    const answer = firstMarker === void 0 ? { start: sectionEnd, end: sectionEnd } : trimBlankEdges(text, firstMarker + ANSWER_MARKER.length, sectionEnd);
    questions.push({ number, heading, markers, prompt: { start: heading.end, end: promptEnd }, answer, sectionEnd });
  }
  questions.reverse();
  const questionsByNumber = /* @__PURE__ */ new Map();
  for (let index = 0; index < questions.length; index++) {
    const question = questions[index];
    if (!questionsByNumber.has(question.number))
      questionsByNumber.set(question.number, question);
  }
  const generation = questionsByNumber.has(31) ? 31 : questionsByNumber.has(27) ? 27 : null;
  const firstQuestionStart = questions[0]?.heading.start ?? text.length;
  return { markers: allMarkers, headings, questions, questionsByNumber, checklist: readChecklist(text, headings, firstQuestionStart), generation };
}

// packages/core/dist/source-text.js
var SourceText = class {
  original;
  normalized;
  /** Normalized offsets at which a `\r\n` pair was folded into one `\n`. */
  #foldedAt;
  #lineStarts;
  /** Index of the line the last `locate` found: offsets are mostly asked for in text order. */
  #lastLine = 0;
  constructor(original) {
    this.original = original;
    const folded = [];
    if (original.includes("\r")) {
      for (let index = original.indexOf("\r\n"); index !== -1; index = original.indexOf("\r\n", index + 2)) {
        folded.push(index - folded.length);
      }
      this.normalized = original.replace(/\r\n?/g, "\n");
    } else {
      this.normalized = original;
    }
    this.#foldedAt = folded;
    const starts = [0];
    const text = this.normalized;
    for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
      starts.push(index + 1);
    }
    this.#lineStarts = starts;
  }
  /** Offset in the original text of a normalized offset. */
  toOriginal(offset) {
    const folded = this.#foldedAt;
    if (folded.length === 0)
      return offset;
    return offset + countBelow(folded, offset);
  }
  /** Line, column and original offset of a normalized offset. */
  locate(offset) {
    const starts = this.#lineStarts;
    let line = this.#lastLine;
    if (starts[line] > offset || line + 8 < starts.length && starts[line + 8] <= offset) {
      line = Math.max(countAtOrBelow(starts, offset) - 1, 0);
    } else {
      while (line + 1 < starts.length && starts[line + 1] <= offset)
        line++;
    }
    this.#lastLine = line;
    return { line: line + 1, column: offset - starts[line] + 1, offset: this.toOriginal(offset) };
  }
  /** Normalized offset at which a 1-based line starts. */
  lineStart(line) {
    return this.#lineStarts[line - 1] ?? this.normalized.length;
  }
  get lineCount() {
    return this.#lineStarts.length;
  }
};

// packages/core/dist/constraints-from-text.js
var NUMBER_RANGE = String.raw`(\d+)\s*(?:-|–|—|to)\s*(\d+)`;
var WORD_RANGE = new RegExp(NUMBER_RANGE + String.raw`\s*words\b`, "i");
var IMAGE_RANGE = new RegExp(NUMBER_RANGE + String.raw`\s*(?:screenshots?|images?|figures?|pictures?)\b`, "i");
var SINGLE_IMAGE = /\b(?:include|insert|upload|add)\s+(?:a|an|one)\s+(?:figure|image|screenshot|diagram|picture)\b/i;
function range(match) {
  if (!match)
    return void 0;
  const low = Number(match[1]);
  const high = Number(match[2]);
  return low <= high ? [low, high] : [high, low];
}
function constraintsFromText(prompt) {
  const flat = prompt.replace(/\n>?[ \t]*/g, " ");
  const constraints = {};
  const words2 = range(WORD_RANGE.exec(flat));
  if (words2)
    constraints.words = words2;
  const images2 = range(IMAGE_RANGE.exec(flat)) ?? (SINGLE_IMAGE.test(flat) ? [1, 1] : void 0);
  if (images2)
    constraints.images = images2;
  return constraints;
}

// packages/core/dist/verdicts.js
function sectionAt(structure, offset) {
  const { questions } = structure;
  let low = 0;
  let high = questions.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (questions[mid].heading.start <= offset)
      low = mid + 1;
    else
      high = mid;
  }
  const candidate = questions[low - 1];
  return candidate && offset <= candidate.sectionEnd ? candidate : null;
}
function judge(text, slot, counted, estimated, section) {
  const words2 = countPythonWords(text, counted.start, counted.end);
  const images2 = findOfficialImages(text, counted.start, counted.end).length;
  const pass = !outsideRange(words2, slot.constraints.words) && !outsideRange(images2, slot.constraints.images);
  return { number: slot.number, constraints: slot.constraints, words: words2, images: images2, pass, counted, estimated, section };
}
function ownPiece(text, section) {
  const marker = section.markers.at(-1);
  if (marker === void 0)
    return null;
  return readAsAnswer(text, marker + ANSWER_MARKER.length, section.sectionEnd);
}
function decideVerdicts(text, structure, options = {}) {
  let slots;
  let cut;
  let checkedAs;
  if (options.constraints === "text") {
    slots = structure.questions.map((section) => ({
      number: section.number,
      constraints: constraintsFromText(text.slice(section.prompt.start, section.prompt.end)),
      section
    }));
    cut = cutLikeCurrentChecker(text, slots.length);
    checkedAs = "text";
  } else {
    const generation = options.generation ?? structure.generation ?? currentGeneration;
    slots = officialTables[generation].map((constraints, index) => ({
      number: index + 1,
      constraints,
      section: structure.questionsByNumber.get(index + 1) ?? null
    }));
    cut = cutOfficially(text, generation);
    checkedAs = generation;
  }
  const questions = slots.map((slot, index) => {
    if (!cut.error) {
      const answer = cut.answers[index];
      return judge(text, slot, answer, false, sectionAt(structure, answer.pieceStart));
    }
    const own = slot.section ? ownPiece(text, slot.section) : null;
    if (!own) {
      return { number: slot.number, constraints: slot.constraints, words: 0, images: 0, pass: null, counted: null, estimated: true, section: slot.section };
    }
    return judge(text, slot, own, true, slot.section);
  });
  return { questions, cut, checkedAs };
}

// packages/core/dist/check.js
var severityRank = { error: 0, warning: 1, info: 2 };
function checkReport(input2, options = {}) {
  const pythonMarkdown2 = parsePythonMarkdownVersion(options.pythonMarkdown);
  const source = new SourceText(input2);
  const text = source.normalized;
  const structure = readStructure(text);
  const verdicts = decideVerdicts(text, structure, options);
  const locate = (span) => ({ start: source.locate(span.start), end: source.locate(span.end) });
  const toFinding = (draft) => {
    const finding = {
      ruleId: draft.ruleId,
      severity: draft.severity,
      official: draft.official,
      question: draft.question,
      message: draft.message,
      start: source.locate(draft.start),
      end: source.locate(draft.end)
    };
    if (draft.note !== void 0)
      finding.note = draft.note;
    if (draft.actual !== void 0)
      finding.actual = draft.actual;
    if (draft.expected !== void 0)
      finding.expected = draft.expected;
    if (draft.fix !== void 0)
      finding.fix = draft.fix;
    return finding;
  };
  const generationGuessed = options.constraints !== "text" && options.generation === void 0 && structure.generation === null;
  const drafts = structureFindings(text, structure, verdicts, generationGuessed);
  if (text.includes("<!--"))
    drafts.push(...handinHangFindings(text, structure.questions, pythonMarkdown2));
  let definitions;
  const lazyDefinitions = () => definitions ??= readDefinitions(text);
  const files = typeof options.files === "function" ? options.files : options.files ? lookupInList(options.files) : null;
  const questions = verdicts.questions.map((verdict) => {
    const own = structure.questionsByNumber.get(verdict.number) ?? null;
    const answerText = own && own.markers.length > 0 ? text.slice(own.answer.start, own.answer.end) : null;
    const found = verdictFindings(verdict, answerText);
    drafts.push(...found, ...cutShortFindings(text, verdict));
    return {
      number: verdict.number,
      heading: own?.heading.text ?? null,
      promptRange: own ? locate(own.prompt) : null,
      constraints: verdict.constraints,
      words: verdict.words,
      images: verdict.images,
      pass: verdict.pass,
      estimated: verdict.estimated,
      unanswered: found.some((draft) => draft.actual === "unanswered"),
      counted: verdict.counted ? locate(verdict.counted) : null,
      answer: answerText !== null && own ? { text: answerText, start: source.locate(own.answer.start), end: source.locate(own.answer.end) } : null,
      headingPosition: own ? locate(own.heading) : null
    };
  });
  for (let index = 0; index < structure.questions.length; index++) {
    const section = structure.questions[index];
    if (section.markers.length === 0)
      continue;
    const references = findImageReferences(text, section.answer, lazyDefinitions);
    for (let which = 0; which < references.length; which++) {
      const reference = references[which];
      drafts.push(...imageFindings(reference, section.number, files, text.slice(reference.start, reference.end), options.uncommitted ?? null));
    }
    drafts.push(...renderingFindings(text, section.answer, section.markers[0], section.number, options.mends !== false));
  }
  const checklist = structure.checklist.map((item) => ({
    group: item.group,
    text: item.text,
    mark: item.mark,
    checked: item.checked,
    start: source.locate(item.start),
    end: source.locate(item.end)
  }));
  if (options.repository && checklist.some((item) => item.checked)) {
    const repository = typeof options.repository === "function" ? options.repository() : options.repository;
    if (repository)
      drafts.push(...evidenceFindings(structure.checklist, checklist, repository));
  }
  const findings = drafts.sort((a, b) => a.start - b.start || severityRank[a.severity] - severityRank[b.severity] || a.end - b.end).map(toFinding);
  return {
    isReport: structure.questions.length > 0,
    generation: structure.generation,
    checkedAs: verdicts.checkedAs,
    pythonMarkdown: pythonMarkdown2,
    officialError: verdicts.cut.error,
    passed: questions.filter((question) => question.pass === true).length,
    total: questions.length,
    questions,
    checklist,
    findings
  };
}
function evidenceFindings(spans, items, repository) {
  const drafts = [];
  checklistEvidence(items, repository).forEach((entry, index) => {
    if (entry.missing === null)
      return;
    const span = spans[index];
    drafts.push({
      ruleId: "checklist-evidence",
      severity: rules["checklist-evidence"].severity,
      official: false,
      question: null,
      start: span.start,
      end: span.end,
      message: `Ticked, but ${entry.missing}`,
      note: `Looked for ${entry.lookedFor}, among the files git holds. The teachers check the repository against the ticks; this never fails a check.`,
      actual: "ticked",
      expected: entry.lookedFor ?? ""
    });
  });
  return drafts;
}

// packages/core/dist/natural-order.js
var collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
function naturalOrder(a, b) {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

// packages/core/dist/verdict-wording.js
var STOPS = "the course checker stops on this report";
function questionVerdict(question) {
  if (question.pass === null)
    return { state: "unknown", label: `Not found (${STOPS})` };
  const state = question.pass ? "pass" : "fail";
  if (question.estimated)
    return { state, label: `${question.pass ? "Would pass" : "Would fail"} (${STOPS})` };
  return { state, label: question.pass ? "Passes" : "Fails" };
}
function reportPasses(result) {
  return result.officialError === null && result.passed === result.total;
}

// packages/cli/dist/format-github.js
function escapeData(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(value) {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var workflowCommand = { error: "error", warning: "warning", info: "notice" };
function formatGithub(path, result) {
  const lines = result.findings.map((finding) => {
    const properties = [
      `file=${escapeProperty(path)}`,
      `line=${finding.start.line}`,
      `col=${finding.start.column}`,
      `endLine=${finding.end.line}`,
      `endColumn=${finding.end.column}`,
      `title=${escapeProperty(finding.ruleId)}`
    ].join(",");
    const text = finding.note ? `${finding.message}
${finding.note}` : finding.message;
    return `::${workflowCommand[finding.severity]} ${properties}::${escapeData(text)}`;
  });
  const summary = result.officialError ? `the course checker stops: ${result.officialError}` : `passed ${result.passed}/${result.total}`;
  lines.push(`::notice file=${escapeProperty(path)},title=mlops-report::${escapeData(summary)}`);
  return lines.join("\n");
}

// packages/cli/dist/format-json.js
function toJson(file, result) {
  return {
    file,
    generation: result.generation,
    checkedAs: result.checkedAs,
    pythonMarkdown: result.pythonMarkdown,
    officialError: result.officialError,
    passed: result.passed,
    total: result.total,
    questions: result.questions.map((question) => {
      const at = question.counted?.start ?? question.headingPosition?.start ?? null;
      return {
        number: question.number,
        words: question.words,
        wordRange: question.constraints.words ?? null,
        images: question.images,
        imageRange: question.constraints.images ?? null,
        pass: question.pass,
        estimated: question.estimated,
        unanswered: question.unanswered,
        line: at?.line ?? null,
        column: at?.column ?? null
      };
    }),
    messages: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      official: finding.official,
      question: finding.question,
      line: finding.start.line,
      column: finding.start.column,
      endLine: finding.end.line,
      endColumn: finding.end.column,
      message: finding.message,
      note: finding.note ?? null
    }))
  };
}

// packages/cli/dist/format-sarif.js
var import_node_path = require("node:path");
var import_node_url = require("node:url");
var sarifSchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
function pascalCase(id) {
  return id.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
}
var sarifLevel = { error: "error", warning: "warning", info: "note" };
function descriptor(id) {
  const rule = rules[id];
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: rule.summary },
    helpUri: ruleUrl(id),
    help: { text: `${rule.summary} See ${ruleUrl(id)}`, markdown: `${rule.summary} [Documentation](${ruleUrl(id)})` },
    defaultConfiguration: { level: sarifLevel[rule.severity] },
    properties: { tags: rule.official ? ["course-checker", "official"] : ["course-checker"], precision: "very-high" }
  };
}
function artifactLocation(path, root) {
  const fromRoot = (0, import_node_path.relative)(root, path);
  if (fromRoot === "" || fromRoot.startsWith("..") || fromRoot.startsWith(import_node_path.sep) || /^[a-zA-Z]:/.test(fromRoot)) {
    return { uri: (0, import_node_url.pathToFileURL)(path).href };
  }
  return { uri: fromRoot.split(import_node_path.sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
}
function withNote(message, note) {
  if (!note)
    return message;
  return `${message}${/[.!?]$/.test(message) ? "" : "."} ${note}`;
}
function toSarif({ checked, unreadable, root, version }) {
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const results = [];
  for (const { path, result } of checked) {
    const artifact = artifactLocation(path, root);
    for (const finding of result.findings) {
      results.push({
        ruleId: finding.ruleId,
        ruleIndex: ruleIndex.get(finding.ruleId),
        level: sarifLevel[finding.severity],
        message: { text: withNote(finding.message, finding.note) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifact,
              region: { startLine: finding.start.line, startColumn: finding.start.column, endLine: finding.end.line, endColumn: finding.end.column }
            }
          }
        ],
        properties: { official: finding.official, question: finding.question }
      });
    }
  }
  return {
    $schema: sarifSchemaUri,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "mlops-report",
            version,
            semanticVersion: version,
            informationUri: "https://mlops-report.github.io/mlops-report/",
            rules: ruleIds.map(descriptor)
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: (0, import_node_url.pathToFileURL)(root.endsWith(import_node_path.sep) ? root : root + import_node_path.sep).href } },
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: unreadable.map(({ path, message }) => ({
              level: "error",
              message: { text: message },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(path, root) } }]
            }))
          }
        ],
        columnKind: "utf16CodeUnits",
        results,
        properties: {
          reports: checked.map(({ path, result }) => ({ file: path, passed: result.passed, total: result.total, officialError: result.officialError }))
        }
      }
    ]
  };
}

// packages/cli/dist/format-text.js
function formatText(path, result, { notes: notes2 = false } = {}) {
  const lines = [];
  for (let index = 0; index < result.findings.length; index++) {
    const finding = result.findings[index];
    lines.push(`${path}:${finding.start.line}:${finding.start.column}  ${finding.severity}  ${finding.message}  ${finding.ruleId}`);
    if (notes2 && finding.severity === "error" && finding.note)
      lines.push(`    → ${finding.note}`);
  }
  lines.push(summaryLine(path, result));
  return lines.join("\n");
}
function summaryLine(path, result) {
  const checked = result.checkedAs === "text" ? "constraints read from the report" : `${result.checkedAs}-question template`;
  if (result.officialError) {
    return `${path}: the course checker stops (${result.officialError}); of the questions that can be found, ${result.passed}/${result.total} pass (${checked})`;
  }
  return `${path}: passed ${result.passed}/${result.total} (${checked})`;
}
function formatQuestionTable(result) {
  return result.questions.map((question) => {
    const status2 = question.pass === null ? "not found" : question.pass ? "pass" : "FAIL";
    return `  Q${String(question.number).padStart(2)}  ${status2.padEnd(9)}  ${describeFigures(question)}`;
  }).join("\n");
}

// packages/report-files/dist/read-report.js
var import_node_buffer = require("node:buffer");
var import_node_fs = require("node:fs");
var import_node_path2 = require("node:path");
var ReportInputError = class extends Error {
  name = "ReportInputError";
};
function isReportInputError(error) {
  return error instanceof Error && error.name === "ReportInputError";
}
function resolveReportPath(path) {
  let stats;
  try {
    stats = (0, import_node_fs.statSync)(path);
  } catch {
    throw new ReportInputError(`${path}: no such file or folder`);
  }
  if (!stats.isDirectory())
    return path;
  for (const candidate of defaultReportPaths) {
    const readme = (0, import_node_path2.join)(path, candidate);
    try {
      if ((0, import_node_fs.statSync)(readme).isFile())
        return readme;
    } catch {
    }
  }
  throw new ReportInputError(`${path}: folder has neither reports/README.md nor README.md`);
}
function isGlobPattern(path) {
  return /[*?[\]{}]/.test(path);
}
function isNegation(pattern) {
  return pattern.startsWith("!") && pattern.length > 1;
}
function needsExpanding(patterns) {
  return patterns.some((pattern) => isGlobPattern(pattern) || isNegation(pattern));
}
var defaultReportPaths = [(0, import_node_path2.join)("reports", "README.md"), "README.md"];
function defaultReportPath() {
  for (const candidate of defaultReportPaths) {
    try {
      if ((0, import_node_fs.statSync)(candidate).isFile())
        return candidate;
    } catch {
    }
  }
  throw new ReportInputError("no report found: neither reports/README.md nor README.md exists here (give a path)");
}
function firstInvalidUtf8(bytes) {
  let index = 0;
  const length = bytes.length;
  while (index < length) {
    const byte = bytes[index];
    if (byte < 128) {
      index++;
      continue;
    }
    let needed;
    let min;
    if (byte >= 194 && byte <= 223)
      [needed, min] = [1, 128];
    else if (byte >= 224 && byte <= 239)
      [needed, min] = [2, 2048];
    else if (byte >= 240 && byte <= 244)
      [needed, min] = [3, 65536];
    else
      return index;
    let code = byte & 255 >> needed + 2;
    for (let offset = 1; offset <= needed; offset++) {
      const next = bytes[index + offset];
      if (next === void 0 || (next & 192) !== 128)
        return index;
      code = code << 6 | next & 63;
    }
    if (code < min || code > 1114111 || code >= 55296 && code <= 57343)
      return index;
    index += needed + 1;
  }
  return -1;
}
function lineAndColumn(bytes, offset) {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    if (bytes[index] === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
function decodeReport(path, bytes) {
  const probe = bytes.subarray(0, 8e3);
  if (probe.includes(0))
    throw new ReportInputError(`${path}: this is a binary file, not a markdown report`);
  const invalid = (0, import_node_buffer.isUtf8)(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    const { line, column } = lineAndColumn(bytes, invalid);
    const byte = bytes[invalid].toString(16).toUpperCase().padStart(2, "0");
    throw new ReportInputError(`${path}:${line}:${column}: not valid UTF-8 (byte 0x${byte}); the course checker stops on this file too. Save it as UTF-8.`);
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}
function fileLookupBeside(reportPath) {
  const root = (0, import_node_path2.dirname)(reportPath);
  const folders = /* @__PURE__ */ new Map();
  const entries = (folder) => {
    let names = folders.get(folder);
    if (names === void 0) {
      try {
        const listed = (0, import_node_fs.readdirSync)((0, import_node_path2.join)(root, folder), { withFileTypes: true });
        names = { exact: /* @__PURE__ */ new Set(), byLowerCase: /* @__PURE__ */ new Map(), links: /* @__PURE__ */ new Set() };
        for (let index = 0; index < listed.length; index++) {
          const entry = listed[index];
          const name = entry.name;
          names.exact.add(name);
          names.byLowerCase.set(name.toLowerCase(), name);
          if (entry.isSymbolicLink())
            names.links.add(name);
        }
      } catch {
        names = null;
      }
      folders.set(folder, names);
    }
    return names;
  };
  let realRoot;
  return (path) => {
    let actual = "";
    let throughLink = false;
    const segments = path.split("/");
    for (let index = 0; index < segments.length; index++) {
      const segment = segments[index];
      const names = entries(actual);
      const found = names?.exact.has(segment) ? segment : names?.byLowerCase.get(segment.toLowerCase());
      if (found === void 0)
        return null;
      if (names.links.has(found))
        throughLink = true;
      actual = actual ? `${actual}/${found}` : found;
    }
    if (!throughLink)
      return actual;
    try {
      realRoot ??= (0, import_node_fs.realpathSync)(root);
      const inside = (0, import_node_path2.relative)(realRoot, (0, import_node_fs.realpathSync)((0, import_node_path2.join)(root, actual)));
      if (inside === "" || inside.startsWith("..") || (0, import_node_path2.isAbsolute)(inside))
        return { linkOutside: actual };
    } catch {
      return null;
    }
    return actual;
  };
}
function readOrExplain(file, read) {
  try {
    return read();
  } catch (error) {
    throw new ReportInputError(`${file}: cannot read (${explainCode(error.code)})`);
  }
}
function explainCode(code) {
  return code === "EACCES" ? "permission denied" : code ?? "unknown error";
}
function readReportText(path) {
  try {
    return { file: path, text: (0, import_node_fs.readFileSync)(path, "utf8") };
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new ReportInputError(`${path}: no such file or folder`);
    if (code !== "EISDIR")
      throw new ReportInputError(`${path}: cannot read (${explainCode(code)})`);
  }
  const file = resolveReportPath(path);
  return { file, text: readOrExplain(file, () => (0, import_node_fs.readFileSync)(file, "utf8")) };
}
function readReport(path) {
  const { file, text: read } = readReportText(path);
  let text = read;
  if (text.includes("�") || text.slice(0, 8e3).includes("\0")) {
    text = decodeReport(file, readOrExplain(file, () => (0, import_node_fs.readFileSync)(file)));
  }
  return { path: file, text, files: fileLookupBeside(file) };
}

// packages/report-files/dist/expand-paths.js
var import_node_fs2 = require("node:fs");
var import_node_path3 = require("node:path");

// node_modules/.pnpm/tinyglobby@0.2.17/node_modules/tinyglobby/dist/index.mjs
var import_fs = require("fs");
var import_path2 = require("path");
var import_url = require("url");

// node_modules/.pnpm/fdir@6.5.0_picomatch@4.0.7/node_modules/fdir/dist/index.mjs
var import_module = require("module");
var import_path = require("path");
var nativeFs = __toESM(require("fs"), 1);
var __require = /* @__PURE__ */ (0, import_module.createRequire)(importMetaUrl);
function cleanPath(path) {
  let normalized = (0, import_path.normalize)(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === import_path.sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = (0, import_path.resolve)(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes((0, import_path.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = (0, import_path.dirname)(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = (0, import_path.dirname)(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = (0, import_path.basename)(resolvedPath);
            const directoryPath$1 = normalizePath((0, import_path.dirname)(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: import_path.sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/.pnpm/tinyglobby@0.2.17/node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input2) => {
    const inputParts = input2.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input2)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => import_path2.posix.relative(cwd, p) || ".";
  return (p) => import_path2.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = import_path2.posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = (0, import_path2.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? import_path2.posix.relative(escapedCwd, result) : import_path2.posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = import_path2.posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? import_path2.posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? (0, import_url.fileURLToPath)(opts.cwd) : (0, import_path2.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || import_fs.readdir,
    readdirSync: opts.fs.readdirSync || import_fs.readdirSync,
    realpath: opts.fs.realpath || import_fs.realpath,
    realpathSync: opts.fs.realpathSync || import_fs.realpathSync,
    stat: opts.fs.stat || import_fs.stat,
    statSync: opts.fs.statSync || import_fs.statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
function globSync(globInput, options) {
  const [crawler, relative6] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative6) : [];
}

// packages/report-files/dist/expand-paths.js
function unmatchedGlobMessage(pattern, instead = "left out", where = "") {
  return `'${pattern}' matches nothing${where ? ` ${where}` : ""}; ${instead}`;
}
function globSyntax(pattern) {
  return process.platform === "win32" ? pattern.replaceAll("\\", "/") : pattern;
}
function isGlobHere(pattern, cwd) {
  return isGlobPattern(pattern) && !(0, import_node_fs2.existsSync)((0, import_node_path3.resolve)(cwd, pattern));
}
function expandOne(pattern, cwd) {
  const matches = globSync(globSyntax(pattern), { cwd, onlyFiles: false, expandDirectories: false, absolute: (0, import_node_path3.isAbsolute)(pattern) }).map((match) => match.replace(/\/$/, ""));
  const shortest = /* @__PURE__ */ new Map();
  for (const match of matches) {
    const key = identity((0, import_node_path3.resolve)(cwd, match));
    const known = shortest.get(key);
    if (known === void 0 || match.length < known.length)
      shortest.set(key, match);
  }
  return [...shortest].map(([key, shown]) => ({ shown, key })).sort((a, b) => naturalOrder(a.shown, b.shown));
}
function identity(path) {
  try {
    return (0, import_node_fs2.realpathSync)(path);
  } catch {
    return path;
  }
}
function negatedBy(excluded) {
  return (path) => {
    for (let current = path; ; current = (0, import_node_path3.dirname)(current)) {
      if (excluded.has(current))
        return true;
      if ((0, import_node_path3.dirname)(current) === current)
        return false;
    }
  };
}
function expandPaths(patterns, cwd = process.cwd()) {
  const negations = patterns.filter(isNegation).map((pattern) => pattern.slice(1));
  const excluded = /* @__PURE__ */ new Set();
  for (const negation of negations) {
    const named = isGlobHere(negation, cwd) ? expandOne(negation, cwd).map((match) => match.shown) : [negation];
    for (const path of named)
      excluded.add((0, import_node_path3.resolve)(cwd, path));
  }
  const isExcluded = negatedBy(excluded);
  const seen = /* @__PURE__ */ new Set();
  const paths = [];
  const unmatched = [];
  for (const pattern of patterns) {
    if (isNegation(pattern))
      continue;
    const fromGlob = isGlobHere(pattern, cwd);
    const matches = fromGlob ? expandOne(pattern, cwd) : [{ shown: pattern, key: identity((0, import_node_path3.resolve)(cwd, pattern)) }];
    const named = matches.filter(({ shown }) => !isExcluded((0, import_node_path3.resolve)(cwd, shown)));
    if (fromGlob && named.length === 0)
      unmatched.push(pattern);
    for (const { shown, key } of named) {
      const path = (0, import_node_path3.resolve)(cwd, shown);
      if (seen.has(key))
        continue;
      seen.add(key);
      paths.push({ shown, path, fromGlob });
    }
  }
  return { paths, unmatched };
}

// packages/report-files/dist/repository-snapshot.js
var import_node_child_process = require("node:child_process");
var import_node_fs3 = require("node:fs");
var import_node_path4 = require("node:path");
var SAFETY = ["-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "core.untrackedCache=false"];
var utf8 = new TextDecoder("utf-8", { fatal: true });
function git(args, cwd, input2) {
  const result = (0, import_node_child_process.spawnSync)("git", [...SAFETY, ...args], {
    cwd,
    input: input2,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: [input2 === void 0 ? "ignore" : "pipe", "pipe", "ignore"],
    env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0" }
  });
  return result.status === 0 ? result.stdout : null;
}
var COURSE_REPORT = "reports/README.md";
function hasGit(folder) {
  try {
    (0, import_node_fs3.statSync)((0, import_node_path4.join)(folder, ".git"));
    return true;
  } catch {
    return false;
  }
}
function parseCatFileBatch(output) {
  const contents = /* @__PURE__ */ new Map();
  for (let at = 0; at < output.length; ) {
    const newline = output.indexOf(10, at);
    if (newline === -1)
      break;
    const [sha, type, size] = output.subarray(at, newline).toString("utf8").split(" ");
    if (type === "missing" || size === void 0) {
      at = newline + 1;
      continue;
    }
    const end = newline + 1 + Number(size);
    contents.set(sha, output.subarray(newline + 1, end));
    at = end + 1;
  }
  return contents;
}
function readIndex(root) {
  const listing = git(["ls-files", "-s", "-z", "--full-name"], root);
  if (listing === null)
    return null;
  const entries = [];
  for (const record of listing.toString("utf8").split("\0")) {
    const tab = record.indexOf("	");
    if (tab === -1)
      continue;
    const [mode, sha, stage] = record.slice(0, tab).split(" ");
    if (!mode || !sha || stage !== "0" && stage !== "2")
      continue;
    entries.push({ mode, sha, path: record.slice(tab + 1) });
  }
  return entries;
}
function treePaths(entries) {
  const paths = /* @__PURE__ */ new Set();
  for (const { path } of entries) {
    for (let slash = path.indexOf("/"); slash !== -1; slash = path.indexOf("/", slash + 1))
      paths.add(path.slice(0, slash));
    paths.add(path);
  }
  return [...paths].sort();
}
function readTexts(root, entries) {
  const texts = /* @__PURE__ */ new Map();
  const wanted = entries.filter((entry) => entry.mode !== "120000" && entry.mode !== "160000" && wantsText(entry.path));
  if (wanted.length === 0)
    return texts;
  const checked = git(["cat-file", "--batch-check=%(objectname) %(objectsize)"], root, `${[...new Set(wanted.map((entry) => entry.sha))].join("\n")}
`);
  if (checked === null)
    return texts;
  const small = /* @__PURE__ */ new Set();
  for (const line of checked.toString("utf8").split("\n")) {
    const [sha, size] = line.split(" ");
    if (sha && size !== void 0 && /^\d+$/.test(size) && Number(size) <= EVIDENCE_TEXT_LIMIT)
      small.add(sha);
  }
  if (small.size === 0)
    return texts;
  const output = git(["cat-file", "--batch"], root, `${[...small].join("\n")}
`);
  if (output === null)
    return texts;
  const contents = parseCatFileBatch(output);
  for (const entry of wanted) {
    const content = contents.get(entry.sha);
    if (content === void 0)
      continue;
    try {
      texts.set(entry.path, utf8.decode(content));
    } catch {
    }
  }
  return texts;
}
var kept = /* @__PURE__ */ new Map();
function repositorySnapshotOf(path) {
  const absolute = (0, import_node_path4.resolve)(path);
  let real = absolute;
  try {
    real = (0, import_node_fs3.realpathSync)(absolute);
  } catch {
  }
  const root = (0, import_node_path4.dirname)((0, import_node_path4.dirname)(real));
  if ((0, import_node_path4.relative)(root, real).split(import_node_path4.sep).join("/") !== COURSE_REPORT || !hasGit(root))
    return null;
  const snapshot = snapshotOfRoot(root);
  return snapshot?.paths.includes(COURSE_REPORT) ? snapshot : null;
}
function snapshotOfRoot(root) {
  let index = "";
  try {
    const stat2 = (0, import_node_fs3.statSync)((0, import_node_path4.join)(root, ".git", "index"));
    index = `${stat2.size}:${stat2.mtimeMs}`;
  } catch {
  }
  const known = kept.get(root);
  if (known && index !== "" && known.index === index)
    return known.snapshot;
  const entries = readIndex(root);
  if (entries === null)
    return null;
  const snapshot = { paths: treePaths(entries), texts: readTexts(root, entries) };
  if (index !== "")
    kept.set(root, { index, snapshot });
  return snapshot;
}

// packages/cli/dist/usage.js
var UsageError = class extends Error {
  name = "UsageError";
};

// packages/cli/dist/refusal.js
function problems(result, strict) {
  if (result.officialError !== null)
    return `the course checker stops on it (${result.officialError})`;
  const parts = [];
  const failing = result.questions.filter((question) => question.pass === false).map((question) => question.number);
  if (failing.length > 0)
    parts.push(`${failing.length === 1 ? "question" : "questions"} ${failing.join(", ")} ${failing.length === 1 ? "fails" : "fail"} the course checker`);
  const uncommitted = result.findings.filter((finding) => finding.ruleId === "image-uncommitted").length;
  if (uncommitted > 0)
    parts.push(`${uncommitted} ${uncommitted === 1 ? "figure is" : "figures are"} not in the commit`);
  const otherErrors = /* @__PURE__ */ new Map();
  for (const finding of result.findings) {
    if (finding.severity !== "error" || finding.official || finding.ruleId === "image-uncommitted")
      continue;
    otherErrors.set(finding.ruleId, (otherErrors.get(finding.ruleId) ?? 0) + 1);
  }
  for (const [rule, count] of otherErrors)
    parts.push(`${count} ${rule} ${count === 1 ? "error" : "errors"}`);
  const warnings = result.findings.filter((finding) => finding.severity === "warning").length;
  if (strict && warnings > 0)
    parts.push(`${warnings} ${warnings === 1 ? "warning" : "warnings"} (--strict)`);
  return parts.join("; ");
}
function refusal(refused, strict) {
  const lines = ["", "mlops-report: commit refused."];
  for (const { path, result } of refused)
    lines.push(`  ${path}: ${problems(result, strict)}.`);
  lines.push("  The lines above say where and by how much. Fix them, `git add` the report and its figures, and commit again.", "  To commit anyway (the graders will see the same failures): git commit --no-verify");
  return lines.join("\n");
}

// packages/cli/dist/version.js
var import_node_fs4 = require("node:fs");
function ownVersion() {
  for (let url = new URL("./package.json", importMetaUrl); ; url = new URL("../package.json", url)) {
    try {
      return JSON.parse((0, import_node_fs4.readFileSync)(url, "utf8")).version;
    } catch (error) {
      if (error.code !== "ENOENT" || url.pathname === "/package.json")
        throw error;
    }
  }
}

// packages/cli/dist/check-command.js
function fails(result, strict = false) {
  if (!reportPasses(result))
    return true;
  return result.findings.some((finding) => finding.severity === "error" || strict && finding.severity === "warning");
}
function runCheck(paths, options, io, hooks = {}) {
  const targets = (paths.length > 0 ? paths : [defaultReportPath()]).map((path) => ({ path, read: () => readReport(path) }));
  return runCheckOn(targets, options, io, hooks);
}
function runCheckOn(targets, options, io, hooks = {}) {
  if (targets.length > 1)
    hooks.batchStarting?.();
  const json = [];
  const sarif = { checked: [], unreadable: [] };
  const refused = [];
  let unreadable = 0;
  let failing = 0;
  for (let index = 0; index < targets.length; index++) {
    const target = targets[index];
    let report2;
    try {
      report2 = target.read();
    } catch (error) {
      if (!isReportInputError(error))
        throw error;
      io.err(`mlops-report: ${error.message}`);
      if (options.format === "json")
        json.push({ file: target.path, error: error.message });
      if (options.format === "sarif")
        sarif.unreadable.push({ path: target.path, message: error.message });
      hooks.onUnreadable?.(target.path, error.message);
      unreadable++;
      continue;
    }
    const checkOptions = { files: report2.files, mends: false };
    if (report2.uncommitted)
      checkOptions.uncommitted = report2.uncommitted;
    checkOptions.repository = () => repositorySnapshotOf(report2.path);
    if (options.constraints)
      checkOptions.constraints = options.constraints;
    if (options.generation)
      checkOptions.generation = options.generation;
    if (options.pythonMarkdown)
      checkOptions.pythonMarkdown = options.pythonMarkdown;
    const full = checkReport(report2.text, checkOptions);
    if (options.staged && !full.isReport)
      continue;
    const result = options.quiet ? { ...full, findings: full.findings.filter((finding) => finding.severity === "error") } : full;
    if (fails(full, options.strict)) {
      failing++;
      if (options.staged)
        refused.push({ path: report2.path, result: full });
    }
    if (options.format === "json")
      json.push(toJson(report2.path, result));
    else if (options.format === "sarif")
      sarif.checked.push({ path: report2.path, result });
    else if (options.format === "github")
      io.out(formatGithub(report2.path, result));
    else {
      io.out(formatText(report2.path, result, { notes: options.staged === true }));
      if (options.verbose)
        io.out(formatQuestionTable(result));
    }
    hooks.onResult?.(report2.path, full);
  }
  if (options.staged && refused.length > 0)
    io.err(refusal(refused, options.strict === true));
  if (options.format === "json")
    io.out(JSON.stringify(json, null, 2));
  else if (options.format === "sarif")
    io.out(JSON.stringify(toSarif({ ...sarif, root: process.cwd(), version: ownVersion() }), null, 2));
  else if (options.format === "text" && targets.length > 1 && !options.staged) {
    const checked = targets.length - unreadable;
    const cannotRead = unreadable > 0 ? `; ${unreadable} could not be read` : "";
    io.out(`${checked} reports checked: ${checked - failing} pass every official constraint, ${failing} do not${cannotRead}`);
  }
  if (unreadable > 0)
    return 2;
  return failing > 0 ? 1 : 0;
}
function parseConstraints(value) {
  if (value === void 0 || value === "official" || value === "text")
    return value;
  throw new UsageError(`--constraints must be official or text, not "${value}"`);
}

// packages/cli/dist/format-summary.js
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
function figures(count, range2) {
  return range2 ? `${count} (${formatRange(range2)})` : String(count);
}
var mark = { pass: "✅", fail: "❌", unknown: "❔" };
function status(question) {
  const { state, label } = questionVerdict(question);
  return `${mark[state]} ${label}`;
}
function formatSummary(path, result) {
  const errors = result.findings.filter((finding) => finding.severity === "error").length;
  const warnings = result.findings.filter((finding) => finding.severity === "warning").length;
  const lines = [
    `### ${reportPasses(result) ? "✅" : "❌"} \`${cell(path)}\``,
    "",
    `${cell(summaryLine(path, result))}; ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"} (annotated on the files).`,
    "",
    "| Question | Verdict | Words (expected) | Images (expected) |",
    "| ---: | --- | --- | --- |"
  ];
  for (const question of result.questions) {
    const images2 = question.constraints.images ? figures(question.images, question.constraints.images) : question.images > 0 ? String(question.images) : "";
    lines.push(`| ${question.number} | ${status(question)} | ${figures(question.words, question.constraints.words)} | ${images2} |`);
  }
  return `${lines.join("\n")}
`;
}

// packages/cli/dist/given-paths.js
function givenPaths(patterns, io, options = {}) {
  const { paths, unmatched } = expandPaths(patterns, options.cwd);
  for (const pattern of unmatched)
    io.err(`mlops-report: ${options.option ? `${options.option} ` : ""}${unmatchedGlobMessage(pattern, options.instead)}`);
  return paths.map((path) => path.shown);
}
function givenReports(patterns, io, cwd) {
  const shown = givenPaths(patterns, io, cwd === void 0 ? {} : { cwd });
  if (shown.length === 0) {
    const named = patterns.map((pattern) => `'${pattern}'`).join(", ");
    throw new ReportInputError(`nothing to read: ${named} ${patterns.length === 1 ? "leaves" : "leave"} no file or folder`);
  }
  return shown;
}

// packages/cli/dist/github-action.js
function input(env, name) {
  return (env[`INPUT_${name.toUpperCase()}`] ?? "").trim();
}
function flag(env, name) {
  const value = input(env, name).toLowerCase();
  if (value === "" || value === "false")
    return false;
  if (value === "true")
    return true;
  throw new Error(`input "${name}" must be true or false, not "${value}"`);
}
function pythonMarkdown(env) {
  const value = input(env, "python-markdown");
  if (value === "")
    return void 0;
  try {
    return parsePythonMarkdownVersion(value);
  } catch {
    throw new Error(`input "python-markdown" must be ${describeVersions()}, not "${value}"`);
  }
}
function writeSarif(env, sarif) {
  const file = (0, import_node_path5.join)(env.RUNNER_TEMP || (0, import_node_os.tmpdir)(), "mlops-report.sarif");
  const log2 = toSarif({ ...sarif, root: env.GITHUB_WORKSPACE || process.cwd(), version: ownVersion() });
  (0, import_node_fs5.writeFileSync)(file, `${JSON.stringify(log2, null, 2)}
`);
  if (env.GITHUB_OUTPUT)
    (0, import_node_fs5.appendFileSync)(env.GITHUB_OUTPUT, `sarif-file=${file}
`);
}
function runAction(env, io) {
  const summaries = [];
  const sarif = { checked: [], unreadable: [] };
  let status2;
  try {
    const wantsSarif = flag(env, "sarif");
    const paths = input(env, "path").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    status2 = runCheck(needsExpanding(paths) ? givenReports(paths, io) : paths, {
      format: "github",
      constraints: parseConstraints(input(env, "constraints") || void 0),
      pythonMarkdown: pythonMarkdown(env),
      quiet: false,
      verbose: false,
      strict: flag(env, "strict")
    }, io, {
      onResult: (path, result) => {
        summaries.push(formatSummary(path, result));
        if (wantsSarif)
          sarif.checked.push({ path, result });
      },
      onUnreadable: (path, message) => sarif.unreadable.push({ path, message })
    });
    if (wantsSarif)
      writeSarif(env, sarif);
  } catch (error) {
    io.out(`::error title=mlops-report::${error.message}`);
    return 2;
  }
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  if (summaryFile && summaries.length > 0)
    (0, import_node_fs5.appendFileSync)(summaryFile, `## mlops-report

${summaries.join("\n")}`);
  return status2;
}

// packages/cli/dist/github-action-bin.js
process.exitCode = runAction(process.env, { out: (text) => process.stdout.write(`${text}
`), err: (text) => process.stderr.write(`${text}
`) });
