import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);

// packages/cli/dist/similar-command.js
import { resolve as resolve2 } from "node:path";

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

// packages/core/dist/official-checker.js
var ANSWER_MARKER = "Answer:";

// packages/core/dist/findings/verdict-findings.js
var PLACEHOLDER = /^\s*`*\s*-{2,}\s*question\s+\d+\s+fill\s+here\s*-{2,}\s*`*\s*$/i;
var BLANK = /^\s*$/;
function isUnanswered(answerText) {
  return answerText.length < 120 && (BLANK.test(answerText) || PLACEHOLDER.test(answerText));
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
    const folded2 = [];
    if (original.includes("\r")) {
      for (let index = original.indexOf("\r\n"); index !== -1; index = original.indexOf("\r\n", index + 2)) {
        folded2.push(index - folded2.length);
      }
      this.normalized = original.replace(/\r\n?/g, "\n");
    } else {
      this.normalized = original;
    }
    this.#foldedAt = folded2;
    const starts = [0];
    const text = this.normalized;
    for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
      starts.push(index + 1);
    }
    this.#lineStarts = starts;
  }
  /** Offset in the original text of a normalized offset. */
  toOriginal(offset) {
    const folded2 = this.#foldedAt;
    if (folded2.length === 0)
      return offset;
    return offset + countBelow(folded2, offset);
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

// packages/core/dist/similar-answers.js
var SEQUENCE = 4;
var WORD_CHAR = /[\p{L}\p{N}]/u;
var foldedBeyondAscii = /* @__PURE__ */ new Map();
function folded(code) {
  if (code < 128) {
    if (code >= 97 && code <= 122)
      return code;
    if (code >= 65 && code <= 90)
      return code + 32;
    return code >= 48 && code <= 57 ? code : -1;
  }
  let known = foldedBeyondAscii.get(code);
  if (known === void 0) {
    const char = String.fromCharCode(code);
    known = WORD_CHAR.test(char) ? char.toLowerCase().charCodeAt(0) : -1;
    foldedBeyondAscii.set(code, known);
  }
  return known;
}
function scanWords(text) {
  const starts = new Int32Array((text.length >> 1) + 1);
  const ends = new Int32Array(starts.length);
  const hashes = new Uint32Array(starts.length);
  let count = 0;
  let hash = 0;
  let inWord = false;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? folded(text.charCodeAt(index)) : -1;
    if (code === -1) {
      if (inWord) {
        ends[count] = index;
        hashes[count++] = hash >>> 0;
        inWord = false;
      }
      continue;
    }
    if (!inWord) {
      inWord = true;
      starts[count] = index;
      hash = 2166136261;
    }
    hash = Math.imul(hash ^ code, 16777619);
  }
  return { count, starts, ends, hashes };
}
function readAnswer(report, checked, text) {
  const { count: words, starts, ends, hashes } = scanWords(text);
  const count = Math.max(0, words - SEQUENCE + 1);
  const sequences = new Uint32Array(count);
  for (let at = 0; at < count; at++) {
    let key = 2166136261;
    for (let word = at; word < at + SEQUENCE; word++)
      key = Math.imul(key ^ hashes[word], 16777619);
    sequences[at] = key >>> 0;
  }
  const sorted = sequences.slice().sort();
  let unique = 0;
  for (let at = 0; at < sorted.length; at++)
    if (at === 0 || sorted[at] !== sorted[at - 1])
      sorted[unique++] = sorted[at];
  return { report, checked, text, starts: starts.slice(0, words), ends: ends.slice(0, words), sequences, sortedKeys: sorted.slice(0, unique) };
}
function holds(sortedKeys, key) {
  let low = 0;
  let high = sortedKeys.length - 1;
  while (low <= high) {
    const middle = low + high >>> 1;
    const value = sortedKeys[middle];
    if (value === key)
      return true;
    if (value < key)
      low = middle + 1;
    else
      high = middle - 1;
  }
  return false;
}
function answerTexts(report) {
  if (report.checked) {
    const seen = /* @__PURE__ */ new Set();
    const answers2 = [];
    for (const question of report.checked.questions) {
      if (question.answer === null || seen.has(question.number))
        continue;
      seen.add(question.number);
      answers2.push({ number: question.number, text: question.answer.text });
    }
    return { isReport: report.checked.isReport, answers: answers2 };
  }
  const text = new SourceText(report.text).normalized;
  const structure = readStructure(text);
  const answers = [];
  for (const question of structure.questionsByNumber.values()) {
    if (question.markers.length > 0)
      answers.push({ number: question.number, text: text.slice(question.answer.start, question.answer.end) });
  }
  return { isReport: structure.questions.length > 0, answers };
}
function answersByQuestion(reports, checked, into, notReport) {
  for (const report of reports) {
    const { isReport, answers } = answerTexts(report);
    if (!isReport)
      notReport?.(report.name);
    for (const { number, text } of answers) {
      if (isUnanswered(text))
        continue;
      const answer = readAnswer(report.name, checked, text);
      if (answer.sequences.length === 0)
        continue;
      const list = into.get(number);
      if (list)
        list.push(answer);
      else
        into.set(number, [answer]);
    }
  }
}
function longestPassage(answer, other, common, maxGap) {
  let best = null;
  let start = -1;
  let last = -1;
  for (let at = 0; at < answer.sequences.length; at++) {
    const key = answer.sequences[at];
    if (!holds(other.sortedKeys, key) || common.has(key))
      continue;
    if (start === -1 || at - last > maxGap)
      start = at;
    last = at;
    const to = at + SEQUENCE;
    if (!best || to - start > best.to - best.from)
      best = { from: start, to };
  }
  return best;
}
function findSharedPassages(reports, earlier = [], options = {}) {
  const minWords = options.minWords ?? 40;
  const maxGap = options.maxGap ?? 6;
  const commonShare = options.commonShare ?? 0.2;
  const bothSides = options.bothSides ?? false;
  const byQuestion = /* @__PURE__ */ new Map();
  answersByQuestion(reports, true, byQuestion, options.notReport);
  answersByQuestion(earlier, false, byQuestion, options.notReport);
  const found = [];
  for (const [question, answers] of byQuestion) {
    let total = 0;
    for (const answer of answers)
      total += answer.sortedKeys.length;
    const entries = new Float64Array(total);
    let at = 0;
    answers.forEach((answer, index) => {
      for (const key of answer.sortedKeys)
        entries[at++] = key * 1048576 + index;
    });
    entries.sort();
    const limit = Math.max(3, Math.ceil(answers.length * commonShare));
    const common = /* @__PURE__ */ new Set();
    const pairs = /* @__PURE__ */ new Map();
    for (let run = 0; run < entries.length; ) {
      const key = Math.floor(entries[run] / 1048576);
      let end = run + 1;
      while (end < entries.length && Math.floor(entries[end] / 1048576) === key)
        end++;
      if (end - run > limit)
        common.add(key);
      else if (end - run > 1) {
        for (let one = run; one < end; one++) {
          const index = entries[one] % 1048576;
          if (!answers[index].checked)
            continue;
          for (let two = run; two < end; two++) {
            const other = entries[two] % 1048576;
            if (other === index || !bothSides && answers[other].checked && other < index || answers[other].report === answers[index].report)
              continue;
            const pair = index * 1048576 + other;
            pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
          }
        }
      }
      run = end;
    }
    for (const [pair, count] of pairs) {
      if (count * SEQUENCE < minWords / 4)
        continue;
      const answer = answers[Math.floor(pair / 1048576)];
      const candidate = answers[pair % 1048576];
      const passage = longestPassage(answer, candidate, common, maxGap);
      if (!passage || passage.to - passage.from < minWords)
        continue;
      found.push({
        question,
        report: answer.report,
        other: candidate.report,
        sharedWords: passage.to - passage.from,
        passage: answer.text.slice(answer.starts[passage.from], answer.ends[passage.to - 1]).replace(/\s+/g, " ")
      });
    }
  }
  return found.sort((a, b) => b.sharedWords - a.sharedWords || a.question - b.question || (a.report < b.report ? -1 : a.report > b.report ? 1 : 0));
}

// packages/report-files/dist/read-report.js
import { isUtf8 } from "node:buffer";
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
var ReportInputError = class extends Error {
  name = "ReportInputError";
};
function isReportInputError(error) {
  return error instanceof Error && error.name === "ReportInputError";
}
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

// packages/cli/dist/similar-command.js
import { givenPaths, givenReports } from "./given-paths.js";

// packages/cli/dist/usage.js
var UsageError = class extends Error {
  name = "UsageError";
};

// packages/cli/dist/similar-command.js
function parseSimilarFormat(value) {
  if (value === void 0 || value === "text" || value === "json")
    return value ?? "text";
  throw new UsageError(`--format must be text or json for similar, not "${value}"`);
}
function earlierReports(patterns, cwd, io) {
  const shown = givenPaths(patterns, io, { cwd, option: "--compare-with", instead: "compared without it" });
  return { paths: shown.map((name) => resolve2(cwd, name)), names: shown };
}
function readComparable(paths, io, names = paths) {
  const reports = [];
  let unreadable = 0;
  for (let index = 0; index < paths.length; index++) {
    const path = paths[index];
    const name = names[index] ?? path;
    try {
      reports.push({ name, text: readReport(path).text });
    } catch (error) {
      if (!isReportInputError(error))
        throw error;
      io.err(`mlops-report: ${error.message.replace(path, name)}; left out`);
      unreadable++;
    }
  }
  return { reports, unreadable };
}
function compareReports(current, earlier, io) {
  let notReports = 0;
  const found = findSharedPassages(current, earlier, {
    notReport: (name) => {
      io.err(`mlops-report: ${name}: no "### Question" heading: not a course report, left out`);
      notReports++;
    }
  });
  return { found, notReports };
}
function formatText(found) {
  if (found.length === 0)
    return "No two answers to one question share a long passage.";
  return found.map((entry) => {
    const quoted = entry.passage.length > 160 ? `${entry.passage.slice(0, 157)}…` : entry.passage;
    return `Question ${entry.question}: ${entry.report} and ${entry.other} share a passage of ${entry.sharedWords} words: "${quoted}"`;
  }).join("\n");
}
function runSimilar(paths, options, io) {
  if (paths.length === 0)
    throw new UsageError("similar takes the reports to compare");
  const current = readComparable(givenReports(paths, io), io);
  const named = earlierReports(options.compareWith, process.cwd(), io);
  const earlier = readComparable(named.paths, io, named.names);
  const { found, notReports } = compareReports(current.reports, earlier.reports, io);
  io.out(options.format === "json" ? JSON.stringify(found, null, 2) : formatText(found));
  return current.unreadable + earlier.unreadable + notReports > 0 ? 2 : 0;
}
export {
  compareReports,
  earlierReports,
  parseSimilarFormat,
  readComparable,
  runSimilar
};
