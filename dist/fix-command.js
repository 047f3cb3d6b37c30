import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/base.js
var Diff;
var init_base = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/base.js"() {
    Diff = class {
      diff(oldStr, newStr, options = {}) {
        let callback;
        if (typeof options === "function") {
          callback = options;
          options = {};
        } else if ("callback" in options) {
          callback = options.callback;
        }
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
      }
      diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
          value = this.postProcess(value, options);
          if (callback) {
            setTimeout(function() {
              callback(value);
            }, 0);
            return void 0;
          } else {
            return value;
          }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
          maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        const execEditLength = () => {
          for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
            let basePath;
            const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
            if (removePath) {
              bestPath[diagonalPath - 1] = void 0;
            }
            let canAdd = false;
            if (addPath) {
              const addPathNewPos = addPath.oldPos - diagonalPath;
              canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
            }
            const canRemove = removePath && removePath.oldPos + 1 < oldLen;
            if (!canAdd && !canRemove) {
              bestPath[diagonalPath] = void 0;
              continue;
            }
            if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
              basePath = this.addToPath(addPath, true, false, 0, options);
            } else {
              basePath = this.addToPath(removePath, false, true, 1, options);
            }
            newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
            if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
              return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
            } else {
              bestPath[diagonalPath] = basePath;
              if (basePath.oldPos + 1 >= oldLen) {
                maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
              }
              if (newPos + 1 >= newLen) {
                minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
              }
            }
          }
          editLength++;
        };
        if (callback) {
          (function exec() {
            setTimeout(function() {
              if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                return callback(void 0);
              }
              if (!execEditLength()) {
                exec();
              }
            }, 0);
          })();
        } else {
          while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
            const ret = execEditLength();
            if (ret) {
              return ret;
            }
          }
        }
      }
      addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
          return {
            oldPos: path.oldPos + oldPosInc,
            lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
          };
        } else {
          return {
            oldPos: path.oldPos + oldPosInc,
            lastComponent: { count: 1, added, removed, previousComponent: last }
          };
        }
      }
      extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
          newPos++;
          oldPos++;
          commonCount++;
          if (options.oneChangePerToken) {
            basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
          }
        }
        if (commonCount && !options.oneChangePerToken) {
          basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
      }
      equals(left, right, options) {
        if (options.comparator) {
          return options.comparator(left, right);
        } else {
          return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
        }
      }
      removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
          if (array[i]) {
            ret.push(array[i]);
          }
        }
        return ret;
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      castInput(value, options) {
        return value;
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      tokenize(value, options) {
        return Array.from(value);
      }
      join(chars) {
        return chars.join("");
      }
      postProcess(changeObjects, options) {
        return changeObjects;
      }
      get useLongestToken() {
        return false;
      }
      buildValues(lastComponent, newTokens, oldTokens) {
        const components = [];
        let nextComponent;
        while (lastComponent) {
          components.push(lastComponent);
          nextComponent = lastComponent.previousComponent;
          delete lastComponent.previousComponent;
          lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
          const component = components[componentPos];
          if (!component.removed) {
            if (!component.added && this.useLongestToken) {
              let value = newTokens.slice(newPos, newPos + component.count);
              value = value.map(function(value2, i) {
                const oldValue = oldTokens[oldPos + i];
                return oldValue.length > value2.length ? oldValue : value2;
              });
              component.value = this.join(value);
            } else {
              component.value = this.join(newTokens.slice(newPos, newPos + component.count));
            }
            newPos += component.count;
            if (!component.added) {
              oldPos += component.count;
            }
          } else {
            component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
            oldPos += component.count;
          }
        }
        return components;
      }
    };
  }
});

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/character.js
function diffChars(oldStr, newStr, options) {
  return characterDiff.diff(oldStr, newStr, options);
}
var CharacterDiff, characterDiff;
var init_character = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/character.js"() {
    init_base();
    CharacterDiff = class extends Diff {
    };
    characterDiff = new CharacterDiff();
  }
});

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/util/string.js
function longestCommonPrefix(str1, str2) {
  let i;
  for (i = 0; i < str1.length && i < str2.length; i++) {
    if (str1[i] != str2[i]) {
      return str1.slice(0, i);
    }
  }
  return str1.slice(0, i);
}
function longestCommonSuffix(str1, str2) {
  let i;
  if (!str1 || !str2 || str1[str1.length - 1] != str2[str2.length - 1]) {
    return "";
  }
  for (i = 0; i < str1.length && i < str2.length; i++) {
    if (str1[str1.length - (i + 1)] != str2[str2.length - (i + 1)]) {
      return str1.slice(-i);
    }
  }
  return str1.slice(-i);
}
function replacePrefix(string, oldPrefix, newPrefix) {
  if (string.slice(0, oldPrefix.length) != oldPrefix) {
    throw Error(`string ${JSON.stringify(string)} doesn't start with prefix ${JSON.stringify(oldPrefix)}; this is a bug`);
  }
  return newPrefix + string.slice(oldPrefix.length);
}
function replaceSuffix(string, oldSuffix, newSuffix) {
  if (!oldSuffix) {
    return string + newSuffix;
  }
  if (string.slice(-oldSuffix.length) != oldSuffix) {
    throw Error(`string ${JSON.stringify(string)} doesn't end with suffix ${JSON.stringify(oldSuffix)}; this is a bug`);
  }
  return string.slice(0, -oldSuffix.length) + newSuffix;
}
function removePrefix(string, oldPrefix) {
  return replacePrefix(string, oldPrefix, "");
}
function removeSuffix(string, oldSuffix) {
  return replaceSuffix(string, oldSuffix, "");
}
function maximumOverlap(string1, string2) {
  return string2.slice(0, overlapCount(string1, string2));
}
function overlapCount(a, b) {
  let startA = 0;
  if (a.length > b.length) {
    startA = a.length - b.length;
  }
  let endB = b.length;
  if (a.length < b.length) {
    endB = a.length;
  }
  const map = Array(endB);
  let k = 0;
  map[0] = 0;
  for (let j = 1; j < endB; j++) {
    if (b[j] == b[k]) {
      map[j] = map[k];
    } else {
      map[j] = k;
    }
    while (k > 0 && b[j] != b[k]) {
      k = map[k];
    }
    if (b[j] == b[k]) {
      k++;
    }
  }
  k = 0;
  for (let i = startA; i < a.length; i++) {
    while (k > 0 && a[i] != b[k]) {
      k = map[k];
    }
    if (a[i] == b[k]) {
      k++;
    }
  }
  return k;
}
function hasOnlyWinLineEndings(string) {
  return string.includes("\r\n") && !string.startsWith("\n") && !string.match(/[^\r]\n/);
}
function hasOnlyUnixLineEndings(string) {
  return !string.includes("\r\n") && string.includes("\n");
}
function segment(string, segmenter) {
  const parts = [];
  for (const segmentObj of Array.from(segmenter.segment(string))) {
    const segment2 = segmentObj.segment;
    if (parts.length && /\s/.test(parts[parts.length - 1]) && /\s/.test(segment2)) {
      parts[parts.length - 1] += segment2;
    } else {
      parts.push(segment2);
    }
  }
  return parts;
}
function trailingWs(string, segmenter) {
  if (segmenter) {
    return leadingAndTrailingWs(string, segmenter)[1];
  }
  let i;
  for (i = string.length - 1; i >= 0; i--) {
    if (!string[i].match(/\s/)) {
      break;
    }
  }
  return string.substring(i + 1);
}
function leadingWs(string, segmenter) {
  if (segmenter) {
    return leadingAndTrailingWs(string, segmenter)[0];
  }
  const match = string.match(/^\s*/);
  return match ? match[0] : "";
}
function leadingAndTrailingWs(string, segmenter) {
  if (!segmenter) {
    return [leadingWs(string), trailingWs(string)];
  }
  if (segmenter.resolvedOptions().granularity != "word") {
    throw new Error('The segmenter passed must have a granularity of "word"');
  }
  const segments = segment(string, segmenter);
  const firstSeg = segments[0];
  const lastSeg = segments[segments.length - 1];
  const head = /\s/.test(firstSeg) ? firstSeg : "";
  const tail = /\s/.test(lastSeg) ? lastSeg : "";
  return [head, tail];
}
var init_string = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/util/string.js"() {
  }
});

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/word.js
function diffWords(oldStr, newStr, options) {
  if ((options === null || options === void 0 ? void 0 : options.ignoreWhitespace) != null && !options.ignoreWhitespace) {
    return diffWordsWithSpace(oldStr, newStr, options);
  }
  return wordDiff.diff(oldStr, newStr, options);
}
function dedupeWhitespaceInChangeObjects(startKeep, deletion, insertion, endKeep, segmenter) {
  if (deletion && insertion) {
    const [oldWsPrefix, oldWsSuffix] = leadingAndTrailingWs(deletion.value, segmenter);
    const [newWsPrefix, newWsSuffix] = leadingAndTrailingWs(insertion.value, segmenter);
    if (startKeep) {
      const commonWsPrefix = longestCommonPrefix(oldWsPrefix, newWsPrefix);
      startKeep.value = replaceSuffix(startKeep.value, newWsPrefix, commonWsPrefix);
      deletion.value = removePrefix(deletion.value, commonWsPrefix);
      insertion.value = removePrefix(insertion.value, commonWsPrefix);
    }
    if (endKeep) {
      const commonWsSuffix = longestCommonSuffix(oldWsSuffix, newWsSuffix);
      endKeep.value = replacePrefix(endKeep.value, newWsSuffix, commonWsSuffix);
      deletion.value = removeSuffix(deletion.value, commonWsSuffix);
      insertion.value = removeSuffix(insertion.value, commonWsSuffix);
    }
  } else if (insertion) {
    if (startKeep) {
      const ws = leadingWs(insertion.value, segmenter);
      insertion.value = insertion.value.substring(ws.length);
    }
    if (endKeep) {
      const ws = leadingWs(endKeep.value, segmenter);
      endKeep.value = endKeep.value.substring(ws.length);
    }
  } else if (startKeep && endKeep) {
    const newWsFull = leadingWs(endKeep.value, segmenter), [delWsStart, delWsEnd] = leadingAndTrailingWs(deletion.value, segmenter);
    const newWsStart = longestCommonPrefix(newWsFull, delWsStart);
    deletion.value = removePrefix(deletion.value, newWsStart);
    const newWsEnd = longestCommonSuffix(removePrefix(newWsFull, newWsStart), delWsEnd);
    deletion.value = removeSuffix(deletion.value, newWsEnd);
    endKeep.value = replacePrefix(endKeep.value, newWsFull, newWsEnd);
    startKeep.value = replaceSuffix(startKeep.value, newWsFull, newWsFull.slice(0, newWsFull.length - newWsEnd.length));
  } else if (endKeep) {
    const endKeepWsPrefix = leadingWs(endKeep.value, segmenter);
    const deletionWsSuffix = trailingWs(deletion.value, segmenter);
    const overlap = maximumOverlap(deletionWsSuffix, endKeepWsPrefix);
    deletion.value = removeSuffix(deletion.value, overlap);
  } else if (startKeep) {
    const startKeepWsSuffix = trailingWs(startKeep.value, segmenter);
    const deletionWsPrefix = leadingWs(deletion.value, segmenter);
    const overlap = maximumOverlap(startKeepWsSuffix, deletionWsPrefix);
    deletion.value = removePrefix(deletion.value, overlap);
  }
}
function diffWordsWithSpace(oldStr, newStr, options) {
  return wordsWithSpaceDiff.diff(oldStr, newStr, options);
}
var extendedWordChars, tokenizeIncludingWhitespace, WordDiff, wordDiff, WordsWithSpaceDiff, wordsWithSpaceDiff;
var init_word = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/word.js"() {
    init_base();
    init_string();
    extendedWordChars = "a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}";
    tokenizeIncludingWhitespace = new RegExp(`[${extendedWordChars}]+|\\s+|[^${extendedWordChars}]`, "ug");
    WordDiff = class extends Diff {
      equals(left, right, options) {
        if (options.ignoreCase) {
          left = left.toLowerCase();
          right = right.toLowerCase();
        }
        return left.trim() === right.trim();
      }
      tokenize(value, options = {}) {
        let parts;
        if (options.intlSegmenter) {
          const segmenter = options.intlSegmenter;
          if (segmenter.resolvedOptions().granularity != "word") {
            throw new Error('The segmenter passed must have a granularity of "word"');
          }
          parts = segment(value, segmenter);
        } else {
          parts = value.match(tokenizeIncludingWhitespace) || [];
        }
        const tokens = [];
        let prevPart = null;
        parts.forEach((part) => {
          if (/\s/.test(part)) {
            if (prevPart == null) {
              tokens.push(part);
            } else {
              tokens.push(tokens.pop() + part);
            }
          } else if (prevPart != null && /\s/.test(prevPart)) {
            if (tokens[tokens.length - 1] == prevPart) {
              tokens.push(tokens.pop() + part);
            } else {
              tokens.push(prevPart + part);
            }
          } else {
            tokens.push(part);
          }
          prevPart = part;
        });
        return tokens;
      }
      join(tokens) {
        return tokens.map((token, i) => {
          if (i == 0) {
            return token;
          } else {
            return token.replace(/^\s+/, "");
          }
        }).join("");
      }
      postProcess(changes, options) {
        if (!changes || options.oneChangePerToken) {
          return changes;
        }
        let lastKeep = null;
        let insertion = null;
        let deletion = null;
        changes.forEach((change) => {
          if (change.added) {
            insertion = change;
          } else if (change.removed) {
            deletion = change;
          } else {
            if (insertion || deletion) {
              dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, change, options.intlSegmenter);
            }
            lastKeep = change;
            insertion = null;
            deletion = null;
          }
        });
        if (insertion || deletion) {
          dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, null, options.intlSegmenter);
        }
        return changes;
      }
    };
    wordDiff = new WordDiff();
    WordsWithSpaceDiff = class extends Diff {
      tokenize(value) {
        const regex = new RegExp(`(\\r?\\n)|[${extendedWordChars}]+|[^\\S\\n\\r]+|[^${extendedWordChars}]`, "ug");
        return value.match(regex) || [];
      }
    };
    wordsWithSpaceDiff = new WordsWithSpaceDiff();
  }
});

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/util/params.js
function generateOptions(options, defaults) {
  if (typeof options === "function") {
    defaults.callback = options;
  } else if (options) {
    for (const name in options) {
      if (Object.prototype.hasOwnProperty.call(options, name)) {
        defaults[name] = options[name];
      }
    }
  }
  return defaults;
}
var init_params = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/util/params.js"() {
  }
});

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/line.js
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function diffTrimmedLines(oldStr, newStr, options) {
  options = generateOptions(options, { ignoreWhitespace: true });
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}
var LineDiff, lineDiff;
var init_line = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/line.js"() {
    init_base();
    init_params();
    LineDiff = class extends Diff {
      constructor() {
        super(...arguments);
        this.tokenize = tokenize;
      }
      equals(left, right, options) {
        if (options.ignoreWhitespace) {
          if (!options.newlineIsToken || !left.includes("\n")) {
            left = left.trim();
          }
          if (!options.newlineIsToken || !right.includes("\n")) {
            right = right.trim();
          }
        } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
          if (left.endsWith("\n")) {
            left = left.slice(0, -1);
          }
          if (right.endsWith("\n")) {
            right = right.slice(0, -1);
          }
        }
        return super.equals(left, right, options);
      }
    };
    lineDiff = new LineDiff();
  }
});

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/sentence.js
function isSentenceEndPunct(char) {
  return char == "." || char == "!" || char == "?";
}
function diffSentences(oldStr, newStr, options) {
  return sentenceDiff.diff(oldStr, newStr, options);
}
var SentenceDiff, sentenceDiff;
var init_sentence = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/sentence.js"() {
    init_base();
    SentenceDiff = class extends Diff {
      tokenize(value) {
        var _a;
        const result = [];
        let tokenStartI = 0;
        for (let i = 0; i < value.length; i++) {
          if (i == value.length - 1) {
            result.push(value.slice(tokenStartI));
            break;
          }
          if (isSentenceEndPunct(value[i]) && value[i + 1].match(/\s/)) {
            result.push(value.slice(tokenStartI, i + 1));
            i = tokenStartI = i + 1;
            while ((_a = value[i + 1]) === null || _a === void 0 ? void 0 : _a.match(/\s/)) {
              i++;
            }
            result.push(value.slice(tokenStartI, i + 1));
            tokenStartI = i + 1;
          }
        }
        return result;
      }
    };
    sentenceDiff = new SentenceDiff();
  }
});

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/css.js
function diffCss(oldStr, newStr, options) {
  return cssDiff.diff(oldStr, newStr, options);
}
var CssDiff, cssDiff;
var init_css = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/css.js"() {
    init_base();
    CssDiff = class extends Diff {
      tokenize(value) {
        return value.split(/([{}:;,]|\s+)/);
      }
    };
    cssDiff = new CssDiff();
  }
});

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/json.js
function diffJson(oldStr, newStr, options) {
  return jsonDiff.diff(oldStr, newStr, options);
}
function canonicalize(obj, stack, replacementStack, replacer, key) {
  stack = stack || [];
  replacementStack = replacementStack || [];
  if (replacer) {
    obj = replacer(key === void 0 ? "" : key, obj);
  }
  let i;
  for (i = 0; i < stack.length; i += 1) {
    if (stack[i] === obj) {
      return replacementStack[i];
    }
  }
  let canonicalizedObj;
  if ("[object Array]" === Object.prototype.toString.call(obj)) {
    stack.push(obj);
    canonicalizedObj = new Array(obj.length);
    replacementStack.push(canonicalizedObj);
    for (i = 0; i < obj.length; i += 1) {
      canonicalizedObj[i] = canonicalize(obj[i], stack, replacementStack, replacer, String(i));
    }
    stack.pop();
    replacementStack.pop();
    return canonicalizedObj;
  }
  if (obj && obj.toJSON) {
    obj = obj.toJSON();
  }
  if (typeof obj === "object" && obj !== null) {
    stack.push(obj);
    canonicalizedObj = {};
    replacementStack.push(canonicalizedObj);
    const sortedKeys = [];
    let key2;
    for (key2 in obj) {
      if (Object.prototype.hasOwnProperty.call(obj, key2)) {
        sortedKeys.push(key2);
      }
    }
    sortedKeys.sort();
    for (i = 0; i < sortedKeys.length; i += 1) {
      key2 = sortedKeys[i];
      canonicalizedObj[key2] = canonicalize(obj[key2], stack, replacementStack, replacer, key2);
    }
    stack.pop();
    replacementStack.pop();
  } else {
    canonicalizedObj = obj;
  }
  return canonicalizedObj;
}
var JsonDiff, jsonDiff;
var init_json = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/json.js"() {
    init_base();
    init_line();
    JsonDiff = class extends Diff {
      constructor() {
        super(...arguments);
        this.tokenize = tokenize;
      }
      get useLongestToken() {
        return true;
      }
      castInput(value, options) {
        const { undefinedReplacement, stringifyReplacer = (k, v) => typeof v === "undefined" ? undefinedReplacement : v } = options;
        return typeof value === "string" ? value : JSON.stringify(canonicalize(value, null, null, stringifyReplacer), null, "  ");
      }
      equals(left, right, options) {
        return super.equals(left.replace(/,([\r\n])/g, "$1"), right.replace(/,([\r\n])/g, "$1"), options);
      }
    };
    jsonDiff = new JsonDiff();
  }
});

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/array.js
function diffArrays(oldArr, newArr, options) {
  return arrayDiff.diff(oldArr, newArr, options);
}
var ArrayDiff, arrayDiff;
var init_array = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/diff/array.js"() {
    init_base();
    ArrayDiff = class extends Diff {
      tokenize(value) {
        return value.slice();
      }
      join(value) {
        return value;
      }
      removeEmpty(value) {
        return value;
      }
    };
    arrayDiff = new ArrayDiff();
  }
});

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/patch/line-endings.js
function unixToWin(patch) {
  if (Array.isArray(patch)) {
    return patch.map((p) => unixToWin(p));
  }
  return Object.assign(Object.assign({}, patch), { hunks: patch.hunks.map((hunk) => Object.assign(Object.assign({}, hunk), { lines: hunk.lines.map((line, i) => {
    var _a;
    return line.startsWith("\\") || line.endsWith("\r") || ((_a = hunk.lines[i + 1]) === null || _a === void 0 ? void 0 : _a.startsWith("\\")) ? line : line + "\r";
  }) })) });
}
function winToUnix(patch) {
  if (Array.isArray(patch)) {
    return patch.map((p) => winToUnix(p));
  }
  return Object.assign(Object.assign({}, patch), { hunks: patch.hunks.map((hunk) => Object.assign(Object.assign({}, hunk), { lines: hunk.lines.map((line) => line.endsWith("\r") ? line.substring(0, line.length - 1) : line) })) });
}
function isUnix(patch) {
  if (!Array.isArray(patch)) {
    patch = [patch];
  }
  return !patch.some((index) => index.hunks.some((hunk) => hunk.lines.some((line) => !line.startsWith("\\") && line.endsWith("\r"))));
}
function isWin(patch) {
  if (!Array.isArray(patch)) {
    patch = [patch];
  }
  return patch.some((index) => index.hunks.some((hunk) => hunk.lines.some((line) => line.endsWith("\r")))) && patch.every((index) => index.hunks.every((hunk) => hunk.lines.every((line, i) => {
    var _a;
    return line.startsWith("\\") || line.endsWith("\r") || ((_a = hunk.lines[i + 1]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"));
  })));
}
var init_line_endings = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/patch/line-endings.js"() {
  }
});

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/patch/parse.js
function parsePatch(uniDiff) {
  const diffstr = uniDiff.split(/\n/), list = [];
  let i = 0;
  function parseIndex() {
    const index = {};
    list.push(index);
    while (i < diffstr.length) {
      const line = diffstr[i];
      if (/^(---|\+\+\+|@@)\s/.test(line)) {
        break;
      }
      const headerMatch = /^(?:Index:|diff(?: -r \w+)+)\s+/.exec(line);
      if (headerMatch) {
        index.index = line.substring(headerMatch[0].length).trim();
      }
      i++;
    }
    parseFileHeader(index);
    parseFileHeader(index);
    index.hunks = [];
    while (i < diffstr.length) {
      const line = diffstr[i];
      if (/^(Index:\s|diff\s|---\s|\+\+\+\s|===================================================================)/.test(line)) {
        break;
      } else if (/^@@/.test(line)) {
        index.hunks.push(parseHunk());
      } else if (line) {
        throw new Error("Unknown line " + (i + 1) + " " + JSON.stringify(line));
      } else {
        i++;
      }
    }
  }
  function parseFileHeader(index) {
    const fileHeaderMatch = /^(---|\+\+\+)\s+/.exec(diffstr[i]);
    if (fileHeaderMatch) {
      const prefix = fileHeaderMatch[1], data = diffstr[i].substring(3).trim().split("	", 2), header = (data[1] || "").trim();
      let fileName = data[0].replace(/\\\\/g, "\\");
      if (fileName.startsWith('"') && fileName.endsWith('"')) {
        fileName = fileName.substr(1, fileName.length - 2);
      }
      if (prefix === "---") {
        index.oldFileName = fileName;
        index.oldHeader = header;
      } else {
        index.newFileName = fileName;
        index.newHeader = header;
      }
      i++;
    }
  }
  function parseHunk() {
    var _a;
    const chunkHeaderIndex = i, chunkHeaderLine = diffstr[i++], chunkHeader = chunkHeaderLine.split(/@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/);
    const hunk = {
      oldStart: +chunkHeader[1],
      oldLines: typeof chunkHeader[2] === "undefined" ? 1 : +chunkHeader[2],
      newStart: +chunkHeader[3],
      newLines: typeof chunkHeader[4] === "undefined" ? 1 : +chunkHeader[4],
      lines: []
    };
    if (hunk.oldLines === 0) {
      hunk.oldStart += 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart += 1;
    }
    let addCount = 0, removeCount = 0;
    for (; i < diffstr.length && (removeCount < hunk.oldLines || addCount < hunk.newLines || ((_a = diffstr[i]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"))); i++) {
      const operation = diffstr[i].length == 0 && i != diffstr.length - 1 ? " " : diffstr[i][0];
      if (operation === "+" || operation === "-" || operation === " " || operation === "\\") {
        hunk.lines.push(diffstr[i]);
        if (operation === "+") {
          addCount++;
        } else if (operation === "-") {
          removeCount++;
        } else if (operation === " ") {
          addCount++;
          removeCount++;
        }
      } else {
        throw new Error(`Hunk at line ${chunkHeaderIndex + 1} contained invalid line ${diffstr[i]}`);
      }
    }
    if (!addCount && hunk.newLines === 1) {
      hunk.newLines = 0;
    }
    if (!removeCount && hunk.oldLines === 1) {
      hunk.oldLines = 0;
    }
    if (addCount !== hunk.newLines) {
      throw new Error("Added line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    }
    if (removeCount !== hunk.oldLines) {
      throw new Error("Removed line count did not match for hunk at line " + (chunkHeaderIndex + 1));
    }
    return hunk;
  }
  while (i < diffstr.length) {
    parseIndex();
  }
  return list;
}
var init_parse = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/patch/parse.js"() {
  }
});

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/util/distance-iterator.js
function distance_iterator_default(start, minLine, maxLine) {
  let wantForward = true, backwardExhausted = false, forwardExhausted = false, localOffset = 1;
  return function iterator() {
    if (wantForward && !forwardExhausted) {
      if (backwardExhausted) {
        localOffset++;
      } else {
        wantForward = false;
      }
      if (start + localOffset <= maxLine) {
        return start + localOffset;
      }
      forwardExhausted = true;
    }
    if (!backwardExhausted) {
      if (!forwardExhausted) {
        wantForward = true;
      }
      if (minLine <= start - localOffset) {
        return start - localOffset++;
      }
      backwardExhausted = true;
      return iterator();
    }
    return void 0;
  };
}
var init_distance_iterator = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/util/distance-iterator.js"() {
  }
});

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/patch/apply.js
function applyPatch(source, patch, options = {}) {
  let patches;
  if (typeof patch === "string") {
    patches = parsePatch(patch);
  } else if (Array.isArray(patch)) {
    patches = patch;
  } else {
    patches = [patch];
  }
  if (patches.length > 1) {
    throw new Error("applyPatch only works with a single input.");
  }
  return applyStructuredPatch(source, patches[0], options);
}
function applyStructuredPatch(source, patch, options = {}) {
  if (options.autoConvertLineEndings || options.autoConvertLineEndings == null) {
    if (hasOnlyWinLineEndings(source) && isUnix(patch)) {
      patch = unixToWin(patch);
    } else if (hasOnlyUnixLineEndings(source) && isWin(patch)) {
      patch = winToUnix(patch);
    }
  }
  const lines = source.split("\n"), hunks = patch.hunks, compareLine = options.compareLine || ((lineNumber, line, operation, patchContent) => line === patchContent), fuzzFactor = options.fuzzFactor || 0;
  let minLine = 0;
  if (fuzzFactor < 0 || !Number.isInteger(fuzzFactor)) {
    throw new Error("fuzzFactor must be a non-negative integer");
  }
  if (!hunks.length) {
    return source;
  }
  let prevLine = "", removeEOFNL = false, addEOFNL = false;
  for (let i = 0; i < hunks[hunks.length - 1].lines.length; i++) {
    const line = hunks[hunks.length - 1].lines[i];
    if (line[0] == "\\") {
      if (prevLine[0] == "+") {
        removeEOFNL = true;
      } else if (prevLine[0] == "-") {
        addEOFNL = true;
      }
    }
    prevLine = line;
  }
  if (removeEOFNL) {
    if (addEOFNL) {
      if (!fuzzFactor && lines[lines.length - 1] == "") {
        return false;
      }
    } else if (lines[lines.length - 1] == "") {
      lines.pop();
    } else if (!fuzzFactor) {
      return false;
    }
  } else if (addEOFNL) {
    if (lines[lines.length - 1] != "") {
      lines.push("");
    } else if (!fuzzFactor) {
      return false;
    }
  }
  function applyHunk(hunkLines, toPos, maxErrors, hunkLinesI = 0, lastContextLineMatched = true, patchedLines = [], patchedLinesLength = 0) {
    let nConsecutiveOldContextLines = 0;
    let nextContextLineMustMatch = false;
    for (; hunkLinesI < hunkLines.length; hunkLinesI++) {
      const hunkLine = hunkLines[hunkLinesI], operation = hunkLine.length > 0 ? hunkLine[0] : " ", content = hunkLine.length > 0 ? hunkLine.substr(1) : hunkLine;
      if (operation === "-") {
        if (compareLine(toPos + 1, lines[toPos], operation, content)) {
          toPos++;
          nConsecutiveOldContextLines = 0;
        } else {
          if (!maxErrors || lines[toPos] == null) {
            return null;
          }
          patchedLines[patchedLinesLength] = lines[toPos];
          return applyHunk(hunkLines, toPos + 1, maxErrors - 1, hunkLinesI, false, patchedLines, patchedLinesLength + 1);
        }
      }
      if (operation === "+") {
        if (!lastContextLineMatched) {
          return null;
        }
        patchedLines[patchedLinesLength] = content;
        patchedLinesLength++;
        nConsecutiveOldContextLines = 0;
        nextContextLineMustMatch = true;
      }
      if (operation === " ") {
        nConsecutiveOldContextLines++;
        patchedLines[patchedLinesLength] = lines[toPos];
        if (compareLine(toPos + 1, lines[toPos], operation, content)) {
          patchedLinesLength++;
          lastContextLineMatched = true;
          nextContextLineMustMatch = false;
          toPos++;
        } else {
          if (nextContextLineMustMatch || !maxErrors) {
            return null;
          }
          return lines[toPos] && (applyHunk(hunkLines, toPos + 1, maxErrors - 1, hunkLinesI + 1, false, patchedLines, patchedLinesLength + 1) || applyHunk(hunkLines, toPos + 1, maxErrors - 1, hunkLinesI, false, patchedLines, patchedLinesLength + 1)) || applyHunk(hunkLines, toPos, maxErrors - 1, hunkLinesI + 1, false, patchedLines, patchedLinesLength);
        }
      }
    }
    patchedLinesLength -= nConsecutiveOldContextLines;
    toPos -= nConsecutiveOldContextLines;
    patchedLines.length = patchedLinesLength;
    return {
      patchedLines,
      oldLineLastI: toPos - 1
    };
  }
  const resultLines = [];
  let prevHunkOffset = 0;
  for (let i = 0; i < hunks.length; i++) {
    const hunk = hunks[i];
    let hunkResult;
    const maxLine = lines.length - hunk.oldLines + fuzzFactor;
    let toPos;
    for (let maxErrors = 0; maxErrors <= fuzzFactor; maxErrors++) {
      toPos = hunk.oldStart + prevHunkOffset - 1;
      const iterator = distance_iterator_default(toPos, minLine, maxLine);
      for (; toPos !== void 0; toPos = iterator()) {
        hunkResult = applyHunk(hunk.lines, toPos, maxErrors);
        if (hunkResult) {
          break;
        }
      }
      if (hunkResult) {
        break;
      }
    }
    if (!hunkResult) {
      return false;
    }
    for (let i2 = minLine; i2 < toPos; i2++) {
      resultLines.push(lines[i2]);
    }
    for (let i2 = 0; i2 < hunkResult.patchedLines.length; i2++) {
      const line = hunkResult.patchedLines[i2];
      resultLines.push(line);
    }
    minLine = hunkResult.oldLineLastI + 1;
    prevHunkOffset = toPos + 1 - hunk.oldStart;
  }
  for (let i = minLine; i < lines.length; i++) {
    resultLines.push(lines[i]);
  }
  return resultLines.join("\n");
}
function applyPatches(uniDiff, options) {
  const spDiff = typeof uniDiff === "string" ? parsePatch(uniDiff) : uniDiff;
  let currentIndex = 0;
  function processIndex() {
    const index = spDiff[currentIndex++];
    if (!index) {
      return options.complete();
    }
    options.loadFile(index, function(err, data) {
      if (err) {
        return options.complete(err);
      }
      const updatedContent = applyPatch(data, index, options);
      options.patched(index, updatedContent, function(err2) {
        if (err2) {
          return options.complete(err2);
        }
        processIndex();
      });
    });
  }
  processIndex();
}
var init_apply = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/patch/apply.js"() {
    init_string();
    init_line_endings();
    init_parse();
    init_distance_iterator();
  }
});

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/patch/reverse.js
function reversePatch(structuredPatch2) {
  if (Array.isArray(structuredPatch2)) {
    return structuredPatch2.map((patch) => reversePatch(patch)).reverse();
  }
  return Object.assign(Object.assign({}, structuredPatch2), { oldFileName: structuredPatch2.newFileName, oldHeader: structuredPatch2.newHeader, newFileName: structuredPatch2.oldFileName, newHeader: structuredPatch2.oldHeader, hunks: structuredPatch2.hunks.map((hunk) => {
    return {
      oldLines: hunk.newLines,
      oldStart: hunk.newStart,
      newLines: hunk.oldLines,
      newStart: hunk.oldStart,
      lines: hunk.lines.map((l) => {
        if (l.startsWith("-")) {
          return `+${l.slice(1)}`;
        }
        if (l.startsWith("+")) {
          return `-${l.slice(1)}`;
        }
        return l;
      })
    };
  }) });
}
var init_reverse = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/patch/reverse.js"() {
  }
});

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/patch/create.js
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName) {
    ret.push("Index: " + patch.oldFileName);
  }
  if (headerOptions.includeUnderline) {
    ret.push("===================================================================");
  }
  if (headerOptions.includeFileHeaders) {
    ret.push("--- " + patch.oldFileName + (typeof patch.oldHeader === "undefined" ? "" : "	" + patch.oldHeader));
    ret.push("+++ " + patch.newFileName + (typeof patch.newHeader === "undefined" ? "" : "	" + patch.newHeader));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    if (hunk.oldLines === 0) {
      hunk.oldStart -= 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart -= 1;
    }
    ret.push("@@ -" + hunk.oldStart + "," + hunk.oldLines + " +" + hunk.newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
  return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}
var INCLUDE_HEADERS, FILE_HEADERS_ONLY, OMIT_HEADERS;
var init_create = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/patch/create.js"() {
    init_line();
    INCLUDE_HEADERS = {
      includeIndex: true,
      includeUnderline: true,
      includeFileHeaders: true
    };
    FILE_HEADERS_ONLY = {
      includeIndex: false,
      includeUnderline: false,
      includeFileHeaders: true
    };
    OMIT_HEADERS = {
      includeIndex: false,
      includeUnderline: false,
      includeFileHeaders: false
    };
  }
});

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/convert/dmp.js
function convertChangesToDMP(changes) {
  const ret = [];
  let change, operation;
  for (let i = 0; i < changes.length; i++) {
    change = changes[i];
    if (change.added) {
      operation = 1;
    } else if (change.removed) {
      operation = -1;
    } else {
      operation = 0;
    }
    ret.push([operation, change.value]);
  }
  return ret;
}
var init_dmp = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/convert/dmp.js"() {
  }
});

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/convert/xml.js
function convertChangesToXML(changes) {
  const ret = [];
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (change.added) {
      ret.push("<ins>");
    } else if (change.removed) {
      ret.push("<del>");
    }
    ret.push(escapeHTML(change.value));
    if (change.added) {
      ret.push("</ins>");
    } else if (change.removed) {
      ret.push("</del>");
    }
  }
  return ret.join("");
}
function escapeHTML(s) {
  let n = s;
  n = n.replace(/&/g, "&amp;");
  n = n.replace(/</g, "&lt;");
  n = n.replace(/>/g, "&gt;");
  n = n.replace(/"/g, "&quot;");
  return n;
}
var init_xml = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/convert/xml.js"() {
  }
});

// node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/index.js
var libesm_exports = {};
__export(libesm_exports, {
  Diff: () => Diff,
  FILE_HEADERS_ONLY: () => FILE_HEADERS_ONLY,
  INCLUDE_HEADERS: () => INCLUDE_HEADERS,
  OMIT_HEADERS: () => OMIT_HEADERS,
  applyPatch: () => applyPatch,
  applyPatches: () => applyPatches,
  arrayDiff: () => arrayDiff,
  canonicalize: () => canonicalize,
  characterDiff: () => characterDiff,
  convertChangesToDMP: () => convertChangesToDMP,
  convertChangesToXML: () => convertChangesToXML,
  createPatch: () => createPatch,
  createTwoFilesPatch: () => createTwoFilesPatch,
  cssDiff: () => cssDiff,
  diffArrays: () => diffArrays,
  diffChars: () => diffChars,
  diffCss: () => diffCss,
  diffJson: () => diffJson,
  diffLines: () => diffLines,
  diffSentences: () => diffSentences,
  diffTrimmedLines: () => diffTrimmedLines,
  diffWords: () => diffWords,
  diffWordsWithSpace: () => diffWordsWithSpace,
  formatPatch: () => formatPatch,
  jsonDiff: () => jsonDiff,
  lineDiff: () => lineDiff,
  parsePatch: () => parsePatch,
  reversePatch: () => reversePatch,
  sentenceDiff: () => sentenceDiff,
  structuredPatch: () => structuredPatch,
  wordDiff: () => wordDiff,
  wordsWithSpaceDiff: () => wordsWithSpaceDiff
});
var init_libesm = __esm({
  "node_modules/.pnpm/diff@8.0.4/node_modules/diff/libesm/index.js"() {
    init_base();
    init_character();
    init_word();
    init_line();
    init_sentence();
    init_css();
    init_json();
    init_array();
    init_apply();
    init_parse();
    init_reverse();
    init_create();
    init_dmp();
    init_xml();
  }
});

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

// packages/core/dist/rules.js
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
  const report = (start, end, message, note, fix) => {
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
      report(paragraph.start, lineStart + content.length, "Underline right below a quoted line: the hand-in turns the quoted line above into a heading", "Leave a blank line between the `> Answer:` line and this one.", () => `${text.slice(paragraph.start, lineStart)}
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
      report(lineStart, lineEnd2, `Fenced code block: the hand-in shows it as one run of inline code${shown}, not as a code block`, notes.fence);
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
        report(paragraph.start, lineEnd2, `Underline: GitHub makes ${above} a heading, the hand-in does not`, "For a heading, write `### Title` on a line of its own; for a rule, leave a blank line above the dashes.", mend);
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
      report(lineStart, lineStart + hashes[0].length, `\`${hashes[0]}\` at the start of a line: the hand-in makes this line a heading, GitHub does not`, notes.hashLine, () => `\\${hashes[0]}`);
    } else if (heading?.[1]) {
      report(lineStart, lineEnd2, "Indented heading: GitHub shows a heading, the hand-in plain text", notes.indentedHeading, () => content.trimStart());
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
        report(lineStart, markerEnd, `\`${marker2}\` list marker: the hand-in only knows \`1.\`-style numbers, so this is no list there`, notes.parenMarker, () => `${written.slice(0, -1)}.`);
      } else if (!blockIsList && (previous === "paragraph" || previous === "list-item")) {
        report(lineStart, markerEnd, "List right after a paragraph line: GitHub shows a list, the hand-in one paragraph with the markers as text", notes.listAfterParagraph, () => `
${text.slice(lineStart, markerEnd)}`);
        blockIsList = true;
      } else if (githubDepth !== handinDepth) {
        const levels = (depth) => depth === 0 ? "at the top level" : `${depth} level${depth === 1 ? "" : "s"} deep`;
        report(
          lineStart,
          markerEnd,
          `List item indented by ${indent} spaces: GitHub shows it ${levels(githubDepth)}, the hand-in ${levels(handinDepth)}`,
          notes.nesting,
          // 4 columns a level reach past any parent's content column, which is what GitHub asks.
          () => leading === leadingColumns ? `${" ".repeat(4 * githubDepth)}${marker2}` : void 0
        );
      } else if (sibling && sibling.kind !== kind) {
        report(lineStart, markerEnd, `List marker changes from \`${sibling.kind}\` to \`${kind}\`: GitHub starts a new list here, the hand-in continues the old one`, notes.markerChange, () => /^[-*+]$/.test(sibling.kind) && /^[-*+]$/.test(kind) ? `${text.slice(lineStart, markerEnd - 1)}${sibling.kind}` : void 0);
      }
      const task = /^\[[ xX]\](?=[ \t])/.exec(item[4]);
      if (task) {
        const at = lineEnd2 - item[4].length;
        report(at, at + 3, `Task list box \`${task[0]}\`: GitHub shows a checkbox, the hand-in the brackets as text`, notes.task);
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
        report(headerStart, lineEnd2, "Table: the hand-in shows the rows as plain text, pipes included", notes.table);
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
    return this.python.filter((file) => modules.some((module) => importsModule(file.imports, module))).map((file) => file.path);
  }
  /** Test files (`test_*.py`, `*_test.py`) that define at least one test function. */
  testFiles() {
    return this.python.filter((file) => /^test_.*\.py$|_test\.py$/.test(baseName(file.path)) && TEST_FUNCTION.test(file.text));
  }
};
function importsModule(imports, module) {
  for (const name of imports)
    if (name === module || name.startsWith(`${module}.`))
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
    const module = MODULE_TAG.exec(item.text)?.[1]?.replace(/\s+/g, "") ?? rule?.module ?? null;
    if (!rule || !isCheckable(rule))
      return { item, rule: rule?.id ?? null, module, evidence: "not checkable", files: [], moreFiles: 0, lookedFor: null, missing: null };
    let files = found.get(rule);
    if (!files) {
      files = rule.find(repo);
      found.set(rule, files);
    }
    const evidence = files.length > 0 ? "found" : "none";
    return {
      item,
      rule: rule.id,
      module,
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
function isTickMark(mark) {
  const trimmed = mark.trim();
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
    const mark = item[1];
    items.push({ group: headings[heading]?.text ?? "", text: itemText, mark, checked: isTickMark(mark), start: item.index, end: item.index + item[0].length });
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
function checkReport(input, options = {}) {
  const pythonMarkdown = parsePythonMarkdownVersion(options.pythonMarkdown);
  const source = new SourceText(input);
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
    drafts.push(...handinHangFindings(text, structure.questions, pythonMarkdown));
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
    pythonMarkdown,
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

// packages/core/dist/fix-report.js
var MAX_PASSES = 8;
function officialFigures(result) {
  return JSON.stringify([result.officialError, result.questions.map((question) => [question.number, question.words, question.images, question.pass])]);
}
function applyMends(text, mends, newline) {
  let result = text;
  let applied = 0;
  let before = Number.POSITIVE_INFINITY;
  for (const mend of [...mends].sort((a, b) => b.start.offset - a.start.offset)) {
    if (mend.end.offset > before)
      continue;
    result = result.slice(0, mend.start.offset) + mend.fix.replace(/\n/g, newline) + result.slice(mend.end.offset);
    before = mend.start.offset;
    applied++;
  }
  return { text: result, applied };
}
function fixReport(text, options = {}) {
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  let result = checkReport(text, options);
  const original = officialFigures(result);
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const mends = result.findings.filter((finding) => finding.ruleId === "handin-rendering" && finding.fix !== void 0);
    if (mends.length === 0)
      break;
    const next = applyMends(current, mends, newline);
    const nextResult = checkReport(next.text, options);
    if (next.text === current || officialFigures(nextResult) !== original)
      break;
    current = next.text;
    result = nextResult;
    applied += next.applied;
  }
  return { text: current, applied, left: result.findings.filter((finding) => finding.ruleId === "handin-rendering") };
}

// packages/report-files/dist/read-report.js
import { isUtf8 } from "node:buffer";
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
var ReportInputError = class extends Error {
  name = "ReportInputError";
};
function resolveReportPath(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new ReportInputError(`${path}: no such file or folder`);
  }
  if (!stats.isDirectory())
    return path;
  for (const candidate of defaultReportPaths) {
    const readme = join(path, candidate);
    try {
      if (statSync(readme).isFile())
        return readme;
    } catch {
    }
  }
  throw new ReportInputError(`${path}: folder has neither reports/README.md nor README.md`);
}
var defaultReportPaths = [join("reports", "README.md"), "README.md"];
function defaultReportPath() {
  for (const candidate of defaultReportPaths) {
    try {
      if (statSync(candidate).isFile())
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
  const invalid = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    const { line, column } = lineAndColumn(bytes, invalid);
    const byte = bytes[invalid].toString(16).toUpperCase().padStart(2, "0");
    throw new ReportInputError(`${path}:${line}:${column}: not valid UTF-8 (byte 0x${byte}); the course checker stops on this file too. Save it as UTF-8.`);
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}
function fileLookupBeside(reportPath) {
  const root = dirname(reportPath);
  const folders = /* @__PURE__ */ new Map();
  const entries = (folder) => {
    let names = folders.get(folder);
    if (names === void 0) {
      try {
        const listed = readdirSync(join(root, folder), { withFileTypes: true });
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
      const segment2 = segments[index];
      const names = entries(actual);
      const found = names?.exact.has(segment2) ? segment2 : names?.byLowerCase.get(segment2.toLowerCase());
      if (found === void 0)
        return null;
      if (names.links.has(found))
        throughLink = true;
      actual = actual ? `${actual}/${found}` : found;
    }
    if (!throughLink)
      return actual;
    try {
      realRoot ??= realpathSync(root);
      const inside = relative(realRoot, realpathSync(join(root, actual)));
      if (inside === "" || inside.startsWith("..") || isAbsolute(inside))
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
    return { file: path, text: readFileSync(path, "utf8") };
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new ReportInputError(`${path}: no such file or folder`);
    if (code !== "EISDIR")
      throw new ReportInputError(`${path}: cannot read (${explainCode(code)})`);
  }
  const file = resolveReportPath(path);
  return { file, text: readOrExplain(file, () => readFileSync(file, "utf8")) };
}
function readReport(path) {
  const { file, text: read } = readReportText(path);
  let text = read;
  if (text.includes("�") || text.slice(0, 8e3).includes("\0")) {
    text = decodeReport(file, readOrExplain(file, () => readFileSync(file)));
  }
  return { path: file, text, files: fileLookupBeside(file) };
}

// packages/cli/dist/fix-command.js
import { givenReports } from "./given-paths.js";

// packages/cli/dist/write-atomically.js
import { renameSync, rmSync, statSync as statSync2, writeFileSync } from "node:fs";
function writeAtomically(path, text, mode = 420) {
  try {
    mode = statSync2(path).mode & 511;
  } catch {
  }
  const temporary = `${path}.mlops-report-${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text, { mode });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
function writeForUser(path, text) {
  try {
    writeAtomically(path, text);
  } catch (error) {
    throw new ReportInputError(`${path}: cannot write (${error.code ?? "unknown error"}); the file is unchanged`);
  }
}

// packages/cli/dist/fix-command.js
async function runFix(paths, options, io) {
  const { createTwoFilesPatch: createTwoFilesPatch2 } = options.dryRun ? await Promise.resolve().then(() => (init_libesm(), libesm_exports)) : { createTwoFilesPatch: null };
  const targets = paths.length > 0 ? givenReports(paths, io) : [defaultReportPath()];
  for (const target of targets) {
    const report = readReport(target);
    const outcome = fixReport(report.text, { files: report.files, pythonMarkdown: options.pythonMarkdown });
    if (outcome.text === report.text) {
      io.out(`${report.path}: nothing to mend`);
    } else if (options.dryRun) {
      io.out(createTwoFilesPatch2(report.path, report.path, report.text, outcome.text, "", "", { context: 3 }).trimEnd());
    } else {
      writeForUser(report.path, outcome.text);
      io.out(`${report.path}: ${outcome.applied} ${outcome.applied === 1 ? "mend" : "mends"}; the course checker's counts and verdicts are unchanged`);
    }
    if (outcome.left.length > 0) {
      const where = options.dryRun && outcome.text !== report.text ? " (lines as after the mends)" : "";
      io.out(`${report.path}: ${outcome.left.length} left that cannot be mended without changing what the course checker counts${where}:`);
      for (const finding of outcome.left)
        io.out(`  ${report.path}:${finding.start.line}:${finding.start.column}  ${finding.message}`);
    }
  }
  return 0;
}
export {
  runFix
};
