import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);

// packages/cli/dist/course/course-command.js
import { existsSync as existsSync2, mkdirSync as mkdirSync2, readdirSync, readFileSync as readFileSync4, writeFileSync as writeFileSync5 } from "node:fs";
import { availableParallelism } from "node:os";
import { join as join7, resolve as resolve3 } from "node:path";

// packages/cli/dist/usage.js
var UsageError = class extends Error {
  name = "UsageError";
};

// packages/cli/dist/write-atomically.js
import { renameSync, rmSync, statSync, writeFileSync as writeFileSync2 } from "node:fs";

// packages/report-files/dist/read-report.js
import { isUtf8 } from "node:buffer";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
var ReportInputError = class extends Error {
  name = "ReportInputError";
};
function isReportInputError(error) {
  return error instanceof Error && error.name === "ReportInputError";
}
function isNegation(pattern) {
  return pattern.startsWith("!") && pattern.length > 1;
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
function countPythonWords(text, start = 0, end2 = text.length) {
  const slice = start === 0 && end2 === text.length ? text : text.slice(start, end2);
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
function findOfficialImages(text, start = 0, end2 = text.length) {
  const matches = [];
  let from = start;
  while (from < end2) {
    const open = text.indexOf("![", from);
    if (open === -1 || open + 2 > end2)
      break;
    const lineStop = lineEnd(text, open, end2);
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
function stripNewlines(text, start, end2) {
  while (start < end2 && text.charCodeAt(start) === 10)
    start++;
  while (end2 > start && text.charCodeAt(end2 - 1) === 10)
    end2--;
  return { start, end: end2 };
}
function codePointOffset(text, count2) {
  let offset = 0;
  for (let seen = 0; seen < count2 && offset < text.length; seen++) {
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
function stopAt(find, start, end2) {
  const hashes = find.tripleHash(start);
  const limit = hashes === -1 || hashes > end2 ? end2 : hashes;
  const doubleHash = find.doubleHash(start);
  return doubleHash !== -1 && doubleHash + 2 <= limit ? doubleHash : limit;
}
function cutPiece(text, piece, find) {
  const hashes = find.tripleHash(piece.start);
  if (hashes === -1 || hashes + 3 > piece.end)
    return null;
  const cutAt = stopAt(find, piece.start, piece.end);
  const { start, end: end2 } = stripNewlines(text, piece.start, cutAt);
  return { start, end: end2, pieceStart: piece.start, cutAt, cutBy: cutAt === hashes ? "###" : "##", wholeLastPiece: false };
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
function readAsAnswer(text, start, end2) {
  return stripNewlines(text, start, stopAt(finders(text), start, end2));
}
function wholePiece(text, piece, isLastInFile) {
  const { start, end: end2 } = stripNewlines(text, piece.start, piece.end);
  return {
    start,
    end: end2,
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
function plural(count2, one) {
  return `${count2} ${one}${count2 === 1 ? "" : "s"}`;
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
    const end2 = close.index + close[0].length;
    COMMENT_OR_RAW_TEXT.lastIndex = end2;
    if (close[0] === "-->")
      continue;
    const shown = close[0].replaceAll("\n", "\\n");
    const lineStart = text.lastIndexOf("\n", open - 1) + 1;
    const startsBlock = BLOCK_COMMENT_BEFORE.test(text.slice(lineStart === 0 ? 0 : lineStart - 1, open));
    if (version !== "3.4-debian" && open < hiddenOnGithubUntil)
      continue;
    const nextPlainClose = text.indexOf("-->", end2);
    if (startsBlock)
      hiddenOnGithubUntil = nextPlainClose === -1 ? text.length : nextPlainClose;
    const question = questions.find((section) => open >= section.heading.start && open < section.sectionEnd)?.number ?? null;
    const draft = { official: false, question, start: close.index, end: end2, note: NOTE, actual: close[0], expected: "-->" };
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
      const hiddenByGithub = text.slice(end2, nextPlainClose === -1 ? text.length : nextPlainClose);
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
function imageDraft(reference2, question, ruleId, message, note, fix) {
  const draft = { ruleId, severity: rules[ruleId].severity, official: false, question, start: reference2.start, end: reference2.end, message, note };
  if (fix !== void 0)
    draft.fix = fix;
  return draft;
}
function uncommittedDraft(reference2, question, path, file) {
  const draft = file.ignoredBy ? imageDraft(reference2, question, "image-uncommitted", `Image \`${path}\` is on disk but ignored by git (${file.ignoredBy}): the graders clone the repository and will not have it`, `Add it with \`git add -f ${file.repositoryPath}\`, or change that ignore rule.`) : imageDraft(reference2, question, "image-uncommitted", `Image \`${path}\` is on disk but not committed: the graders clone the repository and will not have it`, `Run \`git add ${file.repositoryPath}\`.`);
  draft.actual = file.ignoredBy ? "ignored" : "untracked";
  draft.expected = "committed";
  return draft;
}
function imageFindings(reference2, question, files, written = "", uncommitted = null) {
  const drafts = [];
  if (reference2.kind === "html") {
    drafts.push(imageDraft(reference2, question, "image-not-counted", "This `<img>` tag renders, but the course checker does not count it as an image", "Write it as `![description](figures/name.png)` on one line if it should count."));
  } else if (reference2.kind === "reference") {
    drafts.push(imageDraft(reference2, question, "image-not-counted", "This reference-style image renders, but the course checker does not count it as an image", "Write it inline as `![description](figures/name.png)` if it should count."));
  }
  const resolved = resolveImagePath(reference2.source);
  const shown = reference2.source.replace(/^<|>$/g, "");
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
    drafts.push(imageDraft(reference2, question, "image-file", message, note));
    return drafts;
  }
  const { path } = resolved;
  const extension = path.slice(path.lastIndexOf(".")).toLowerCase();
  if (!path.includes(".") || !ALLOWED_EXTENSIONS.includes(extension)) {
    drafts.push(imageDraft(reference2, question, "image-file", `Image \`${path}\` is not a .png, .jpg or .jpeg file`, "The template asks for .png, .jpg or .jpeg images in `figures/`."));
  }
  const found = files ? files(path) : path;
  if (found !== null && typeof found === "object") {
    drafts.push(imageDraft(reference2, question, "image-file", `Image \`${path}\` is a link to a file outside the report's folder: it is not published with the report`, "Copy the file into `figures/` instead of linking to it."));
    return drafts;
  }
  const other = found;
  const stray = other === null && uncommitted ? uncommitted(path) : null;
  if (stray) {
    drafts.push(uncommittedDraft(reference2, question, path, stray));
  } else if (other !== path) {
    drafts.push(other ? imageDraft(reference2, question, "image-file", `Image \`${path}\` does not exist; the file is named \`${other}\``, "File names are case-sensitive on the graders' Linux machines: make the link match the file name exactly.", written.includes(reference2.source) && reference2.kind !== "reference" ? written.replace(reference2.source, other) : void 0) : imageDraft(reference2, question, "image-file", `Image \`${path}\` does not exist next to the report`, "Add the file (and commit it), or fix the path: it is relative to the report's folder."));
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
function struckRanges(paragraph2) {
  const openers = [];
  const ranges = [];
  TILDES.lastIndex = 0;
  for (let run = TILDES.exec(paragraph2); run; run = TILDES.exec(paragraph2)) {
    const length = run[0].length;
    if (length > 2)
      continue;
    const before = paragraph2[run.index - 1];
    const after = paragraph2[run.index + length];
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
  for (let paragraph2 = mayStrike ? PARAGRAPH.exec(masked) : null; paragraph2; paragraph2 = PARAGRAPH.exec(masked)) {
    if (!outside(paragraph2.index))
      continue;
    const ranges = struckRanges(paragraph2[0]);
    for (let which = 0; which < ranges.length; which++) {
      const range3 = ranges[which];
      found.push({
        start: span.start + paragraph2.index + range3[0],
        end: span.start + paragraph2.index + range3[1],
        message: "Struck-through text: GitHub strikes it, the hand-in shows the tildes",
        note: "Delete the text instead, or write it as <del>text</del>, which both strike.",
        ...mends ? { fix: strikeAsHtml(raw.slice(paragraph2.index + range3[0], paragraph2.index + range3[1])) } : {}
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
function mayDiverge(text, from, end2) {
  if (from >= end2)
    return false;
  return NOT_PLAIN_LINE.test(text.slice(from, end2));
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
  const markCode = (start, end2) => {
    const last = code.at(-1);
    if (last && last.end + 1 >= start)
      last.end = end2;
    else
      code.push({ start, end: end2 });
  };
  const report = (start, end2, message, note, fix) => {
    const mend = mends && fix ? fix() : void 0;
    found.push(mend === void 0 ? { start, end: end2, message, note } : { start, end: end2, message, note, fix: mend });
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
  const paragraph2 = { start: markerLineStart, lines: 0, atBlockStart: false };
  const startParagraph = (start, atBlockStart2) => {
    paragraph2.start = start;
    paragraph2.lines = 1;
    paragraph2.atBlockStart = atBlockStart2;
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
        paragraph2.lines++;
      else
        startParagraph(lineStart, startsBlock2);
      previous = "paragraph";
      continue;
    }
    const content = text.slice(lineStart, lineEnd2);
    const mayUnderline = (content.includes("-") || content.includes("=")) && SETEXT_UNDERLINE.test(content);
    if (paragraphInQuote && previous === "paragraph" && mayUnderline) {
      report(paragraph2.start, lineStart + content.length, "Underline right below a quoted line: the hand-in turns the quoted line above into a heading", "Leave a blank line between the `> Answer:` line and this one.", () => `${text.slice(paragraph2.start, lineStart)}
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
      if (indent > 0 || paragraph2.lines !== 1 || !paragraph2.atBlockStart) {
        const above = paragraph2.lines === 1 ? "the line above" : `the ${paragraph2.lines} lines above`;
        const mend = () => {
          const title = text.slice(paragraph2.start, lineStart - 1);
          const oneLineAbove = paragraph2.lines === 1 && paragraph2.start > markerLineEnd && !title.includes("\n");
          return oneLineAbove && indent === 0 && title.trim() !== "" ? `${content.trim()[0] === "=" ? "#" : "##"} ${title.trim()}` : void 0;
        };
        report(paragraph2.start, lineEnd2, `Underline: GitHub makes ${above} a heading, the hand-in does not`, "For a heading, write `### Title` on a line of its own; for a rule, leave a blank line above the dashes.", mend);
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
      paragraph2.lines++;
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
function structureDraft(start, end2, message, note, question = null) {
  return { ruleId: "template-structure", severity: rules["template-structure"].severity, official: true, question, start, end: end2, message, note };
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
function outsideRange(count2, range3) {
  return range3 !== void 0 && (count2 < range3[0] || count2 > range3[1]);
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
function checklistFigures(evidence) {
  let ticked = 0;
  let unsupported = 0;
  for (const entry of evidence) {
    if (!entry.item.checked)
      continue;
    ticked++;
    if (entry.evidence === "none")
      unsupported++;
  }
  return { items: evidence.length, ticked, unsupported };
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
    const end2 = lineEnd(text, start);
    const isHash = text.charCodeAt(skipSpacesAndTabs(text, start, end2)) === HASH;
    if (fence) {
      if (!isHash) {
        const line = text.slice(start, end2);
        const close = FENCE_OPEN.exec(line);
        if (close && close[1].startsWith(fence.char) && close[1].length >= fence.length && line.trim() === close[1])
          fence = null;
      }
    } else if (!isHash) {
      const line = text.slice(start, end2);
      const open = FENCE_OPEN.exec(line);
      if (open && !(open[1][0] === "`" && line.slice(open[0].length).includes("`")))
        fence = { char: open[1][0], length: open[1].length };
    } else {
      const line = text.slice(start, end2);
      const heading = HEADING.exec(line);
      const initial = heading ? heading[2].charCodeAt(0) : LETTER_Q;
      const question = initial === LETTER_Q || initial === LETTER_LOWER_Q ? QUESTION_HEADING.exec(line) : null;
      if (heading || question) {
        const level = heading ? heading[1].length : /#+/.exec(line)?.[0].length ?? 3;
        const entry = { level, text: heading ? heading[2] : line.replace(/^\s*#+\s*/, ""), start, end: end2 };
        headings.push(entry);
        if (question)
          questionNumbers.set(entry, Number(question[1]));
      }
    }
    start = nextCandidate(end2);
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
function within(offsets, start, end2) {
  return offsets.slice(countBelow(offsets, start), countBelow(offsets, end2));
}
function isBlank(code) {
  return code === 32 || code >= 9 && code <= 13 || code === 160;
}
function trimBlankEdges(text, start, end2) {
  while (start < end2 && isBlank(text.charCodeAt(start)))
    start++;
  while (end2 > start && isBlank(text.charCodeAt(end2 - 1)))
    end2--;
  return { start, end: end2 };
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
      const reference2 = references[which];
      drafts.push(...imageFindings(reference2, section.number, files, text.slice(reference2.start, reference2.end), options.uncommitted ?? null));
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

// packages/core/dist/handin-source.js
function handinSource(text) {
  const universal = text.replace(/\r\n?/g, "\n");
  return universal.slice(codePointOffset(universal, 43));
}

// packages/core/dist/checker-warnings.js
function countCheckerWarnings(result) {
  if (result.officialError !== null)
    return 0;
  let warnings = 0;
  for (const question of result.questions) {
    if (outsideRange(question.words, question.constraints.words))
      warnings++;
    if (outsideRange(question.images, question.constraints.images))
      warnings++;
  }
  return warnings;
}

// packages/report-files/dist/course-commit.js
import { readFileSync, writeFileSync } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
var courseCommitFile = "course-commit.json";
function writeCourseCommit(groupFolder, record) {
  writeFileSync(join2(groupFolder, courseCommitFile), `${JSON.stringify(record, null, 2)}
`);
}

// packages/report-files/dist/repository-snapshot.js
var utf8 = new TextDecoder("utf-8", { fatal: true });
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
    const end2 = newline + 1 + Number(size);
    contents.set(sha, output.subarray(newline + 1, end2));
    at = end2 + 1;
  }
  return contents;
}

// packages/cli/dist/write-atomically.js
function writeAtomically(path, text, mode = 420) {
  try {
    mode = statSync(path).mode & 511;
  } catch {
  }
  const temporary = `${path}.mlops-report-${process.pid}.tmp`;
  try {
    writeFileSync2(temporary, text, { mode });
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

// packages/cli/dist/course/group-input.js
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"')
        quoted = false;
      else
        field += char;
    } else if (char === '"' && field === "")
      quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n")
        index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else
      field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ""));
}
function safeName(name) {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^\.+/, "_");
  return safe === "" ? "_" : safe;
}
function repositoryName(repo) {
  const trimmed = repo.trim().replace(/[/\\]+$/, "").replace(/\.git$/, "");
  const last = trimmed.split(/[/\\:]/).pop() ?? "";
  return safeName(last || "repository");
}
function unique(groups) {
  const given = new Set(groups.map((entry) => entry.group));
  const used = /* @__PURE__ */ new Set();
  return groups.map((entry) => {
    let group = entry.group;
    for (let count2 = 2; used.has(group); count2++) {
      group = `${entry.group}-${count2}`;
      if (given.has(group))
        group = entry.group;
    }
    used.add(group);
    return group === entry.group ? entry : { ...entry, group };
  });
}
function groupsFromCsv(text, source) {
  const [header, ...rows] = parseCsv(text.replace(/^\ufeff/, ""));
  if (!header || rows.length === 0)
    throw new UsageError(`${source}: no groups (expected a header row, then one row per group)`);
  const names = header.map((cell) => cell.trim().toLowerCase());
  const numberColumn = names.indexOf("group_number") === -1 ? 0 : names.indexOf("group_number");
  const urlColumn = names.indexOf("repo_url") === -1 ? header.length - 1 : names.indexOf("repo_url");
  const named = names.flatMap((name, index) => /^student_\d+$/.test(name) ? [index] : []);
  const studentColumns = named.length > 0 ? named : names.map((_, index) => index).filter((index) => index > numberColumn && index < urlColumn);
  return unique(rows.map((cells) => {
    const number = (cells[numberColumn] ?? "").trim();
    return {
      group: safeName(`group_${number}`),
      repo: (cells[urlColumn] ?? "").trim(),
      number: /^\d+$/.test(number) ? Number(number) : null,
      size: studentColumns.filter((index) => (cells[index] ?? "") !== "").length
    };
  }));
}
function groupsFromRepositories(repos) {
  return unique(repos.map((repo) => ({ group: repositoryName(repo), repo, number: null, size: null })));
}

// packages/cli/dist/course/git-mirror.js
import { execFile, spawn } from "node:child_process";
import { existsSync, readFileSync as readFileSync2, rmSync as rmSync2 } from "node:fs";
import { isAbsolute as isAbsolute2, join as join3, resolve as resolve2 } from "node:path";
var GIT_TIMEOUT_MS = 10 * 60 * 1e3;
var SAFETY = ["-c", "core.hooksPath=/dev/null", "-c", "protocol.ext.allow=never", "-c", "core.fsmonitor=false"];
var environment = {
  ...process.env,
  GIT_TERMINAL_PROMPT: "0",
  GIT_ASKPASS: "true",
  SSH_ASKPASS: "true",
  GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND ?? "ssh -o BatchMode=yes",
  GIT_LFS_SKIP_SMUDGE: "1",
  GIT_CONFIG_NOSYSTEM: "1"
};
var GitFailure = class extends Error {
  name = "GitFailure";
};
function gitReason(stderr) {
  const lines = stderr.split("\n").map((line) => line.trim());
  const fatal = lines.find((line) => /^(fatal|error): /.test(line));
  if (fatal)
    return fatal.replace(/^(fatal|error): /, "");
  return lines.filter((line) => line !== "" && !/^(warning|hint):/.test(line)).pop() ?? "git failed";
}
function git(args, cwd) {
  return new Promise((done, fail) => {
    execFile("git", [...SAFETY, ...args], { cwd, env: environment, encoding: "buffer", maxBuffer: 256 * 1024 * 1024, timeout: GIT_TIMEOUT_MS }, (error, stdout, stderr) => {
      if (error)
        fail(new GitFailure(error.killed ? `git ${args[0]} took longer than ${GIT_TIMEOUT_MS / 6e4} minutes` : gitReason(stderr.toString("utf8"))));
      else
        done(stdout);
    });
  });
}
function gitIsInstalled() {
  return new Promise((done) => {
    execFile("git", ["--version"], { env: environment, timeout: GIT_TIMEOUT_MS }, (error) => {
      done(!(error && error.code === "ENOENT"));
    });
  });
}
function cloneSource(repo, cwd) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(repo) || /^[^/\\]+@[^/\\]+:/.test(repo) || isAbsolute2(repo))
    return repo;
  return resolve2(cwd, repo);
}
function mirroredUrl(mirror) {
  try {
    const config = readFileSync2(join3(mirror, "config"), "utf8");
    return /\[remote "origin"\][^[]*?^\s*url = (.*)$/m.exec(config)?.[1]?.trim() ?? null;
  } catch {
    return null;
  }
}
function describeRefs(heads, head) {
  return [...heads.split("\n").filter(Boolean), `HEAD ${head ?? ""}`].sort().join("\n");
}
async function updateMirror(repo, mirror, cwd) {
  if (repo.startsWith("-") || /^ext::/i.test(repo))
    throw new GitFailure(`not a repository URL: ${repo}`);
  const source = cloneSource(repo, cwd);
  if (existsSync(mirror) && mirroredUrl(mirror) !== source)
    rmSync2(mirror, { recursive: true, force: true });
  if (!existsSync(mirror)) {
    await git(["clone", "--bare", "--quiet", "--no-tags", "--filter=blob:none", "--", source, mirror], cwd);
    return "cloned";
  }
  const advertised = (await git(["ls-remote", "--symref", "origin", "HEAD", "refs/heads/*"], mirror)).toString("utf8");
  const remoteHead = /^ref: (refs\/heads\/\S+)\tHEAD$/m.exec(advertised)?.[1] ?? null;
  const remoteHeads = advertised.split("\n").filter((line) => /^[0-9a-f]{40,64}\trefs\/heads\//.test(line)).map((line) => line.split("	").reverse().join(" ")).join("\n");
  const localHeads = (await git(["for-each-ref", "--format=%(refname) %(objectname)", "refs/heads"], mirror)).toString("utf8");
  const localHead = /^ref: (\S+)/.exec(readFileSync2(join3(mirror, "HEAD"), "utf8"))?.[1] ?? null;
  if (describeRefs(remoteHeads, remoteHead) === describeRefs(localHeads, localHead))
    return "up to date";
  await git(["fetch", "--quiet", "--prune", "--no-tags", "--update-head-ok", "--filter=blob:none", "origin", "+refs/heads/*:refs/heads/*"], mirror);
  if (remoteHead && remoteHead !== localHead)
    await git(["symbolic-ref", "HEAD", remoteHead], mirror);
  return "fetched";
}
async function commitAtDeadline(mirror, deadline) {
  let log;
  try {
    log = (await git(["log", "--first-parent", "--format=%H%x09%ct%x09%cI", "HEAD"], mirror)).toString("utf8");
  } catch (error) {
    if (error instanceof GitFailure && /does not have any commits|bad default revision|unknown revision/.test(error.message))
      return null;
    throw error;
  }
  const limit = Math.floor(deadline.getTime() / 1e3);
  for (const line of log.split("\n")) {
    const [sha, seconds, committed] = line.split("	");
    if (sha && Number(seconds) <= limit)
      return { sha, committed };
  }
  return null;
}
async function listTree(mirror, commit) {
  const out = (await git(["ls-tree", "-r", "-t", "-z", "--full-tree", commit], mirror)).toString("utf8");
  return out.split("\0").filter(Boolean).map((record) => {
    const tab = record.indexOf("	");
    const [mode, type, sha] = record.slice(0, tab).split(" ");
    return { mode, type, sha, path: record.slice(tab + 1) };
  });
}
function gitWithInput(args, input, cwd) {
  return new Promise((done, fail) => {
    const child = spawn("git", [...SAFETY, ...args], { cwd, env: environment, stdio: ["pipe", "pipe", "pipe"] });
    const chunks = [];
    let stderr = "";
    const timer = setTimeout(() => child.kill(), GIT_TIMEOUT_MS);
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.stderr.on("data", (chunk) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", (error) => fail(new GitFailure(error.message)));
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0)
        fail(new GitFailure(gitReason(stderr)));
      else
        done(Buffer.concat(chunks));
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(input);
  });
}
function fetchBlobs(mirror, shas) {
  return gitWithInput([
    "-c",
    "fetch.negotiationAlgorithm=noop",
    "-c",
    "maintenance.auto=false",
    "-c",
    "gc.auto=0",
    "fetch",
    "--quiet",
    "origin",
    "--no-tags",
    "--no-write-fetch-head",
    "--recurse-submodules=no",
    "--filter=blob:none",
    "--stdin"
  ], `${shas.join("\n")}
`, mirror);
}
async function fetchTreeBlobs(mirror, commit) {
  const objects = (await git(["rev-list", "--objects", "--no-walk", "--missing=print", commit], mirror)).toString("utf8");
  const missing = objects.split("\n").filter((line) => line.startsWith("?")).map((line) => line.slice(1).split(" ")[0]);
  const fetched = { unavailable: /* @__PURE__ */ new Set(), reason: null };
  const fetchAll = async (shas) => {
    try {
      await fetchBlobs(mirror, shas);
    } catch (error) {
      if (!(error instanceof GitFailure))
        throw error;
      if (shas.length === 1) {
        fetched.unavailable.add(shas[0]);
        fetched.reason ??= error.message;
        return;
      }
      const half = Math.ceil(shas.length / 2);
      await fetchAll(shas.slice(0, half));
      await fetchAll(shas.slice(half));
    }
  };
  if (missing.length > 0)
    await fetchAll(missing);
  return fetched;
}
async function blobSizes(mirror, shas) {
  const wanted = [...new Set(shas)];
  const sizes = /* @__PURE__ */ new Map();
  if (wanted.length === 0)
    return sizes;
  const out = await gitWithInput(["cat-file", "--batch-check=%(objectname) %(objecttype) %(objectsize)"], `${wanted.join("\n")}
`, mirror);
  for (const line of out.toString("utf8").split("\n")) {
    const [sha, type, size] = line.split(" ");
    if (type === "blob" && size !== void 0)
      sizes.set(sha, Number(size));
  }
  return sizes;
}
async function commitLog(mirror, commit, { mailmap }) {
  const out = await git(["-c", `mailmap.blob=${mailmap ? `${commit}:.mailmap` : ""}`, "-c", "mailmap.file=", "log", "-z", "--format=%H %at %ct %aE%n%B", commit], mirror);
  return out.toString("utf8").split("\0").filter(Boolean).map((record) => {
    const newline = record.indexOf("\n");
    const head = newline === -1 ? record : record.slice(0, newline);
    const [sha, authored, committed, ...email] = head.split(" ");
    return {
      sha,
      authored: Number(authored),
      committed: Number(committed),
      email: email.join(" "),
      message: newline === -1 ? "" : record.slice(newline + 1)
    };
  });
}
async function readBlobs(mirror, shas) {
  const wanted = [...new Set(shas)];
  if (wanted.length === 0)
    return /* @__PURE__ */ new Map();
  return parseCatFileBatch(await gitWithInput(["cat-file", "--batch"], `${wanted.join("\n")}
`, mirror));
}

// packages/cli/dist/course/judge-group.js
import { mkdirSync, rmSync as rmSync3, writeFileSync as writeFileSync4 } from "node:fs";

// packages/cli/dist/course/tree-path.js
import { isAbsolute as isAbsolute3, join as join4, relative as relative2 } from "node:path";
function isRefusedSegment(segment) {
  if (segment === "" || segment === "." || segment === "..")
    return true;
  if (segment.toLowerCase() === ".git")
    return true;
  return segment.includes("\\") || segment.includes("\0") || process.platform === "win32" && /[:<>"|?*]/.test(segment);
}
function targetInside(folder, path) {
  const segments = path.split("/");
  if (segments.some(isRefusedSegment))
    return null;
  const target = join4(folder, ...segments);
  const inside = relative2(folder, target);
  return inside === "" || inside.startsWith("..") || isAbsolute3(inside) ? null : target;
}

// packages/cli/dist/course/judge-group.js
import { dirname as dirname3, join as join6, posix } from "node:path";

// packages/handin-markdown/dist/element.js
var Element = class _Element {
  tag;
  text = null;
  atomic = false;
  tail = null;
  attributes = /* @__PURE__ */ new Map();
  children = [];
  constructor(tag) {
    this.tag = tag;
  }
  /** `etree.SubElement(parent, tag)`. */
  static sub(parent, tag) {
    const child = new _Element(tag);
    parent.children.push(child);
    return child;
  }
  setText(text, atomic = false) {
    this.text = text;
    this.atomic = atomic;
  }
  get last() {
    return this.children[this.children.length - 1];
  }
  /** `list.insert`: an index past the end appends. */
  insert(index, child) {
    this.children.splice(Math.min(index, this.children.length), 0, child);
  }
  append(child) {
    this.children.push(child);
  }
  /** `Element.iter(tag)`: this element and its descendants, depth first. */
  *iter(tag) {
    if (tag === void 0 || this.tag === tag)
      yield this;
    for (const child of this.children)
      yield* child.iter(tag);
  }
  /** `Element.itertext()`: its text and its descendants' texts and tails. */
  *itertext() {
    if (this.text)
      yield this.text;
    for (const child of this.children) {
      yield* child.itertext();
      if (child.tail)
        yield child.tail;
    }
  }
};

// packages/handin-markdown/dist/failure.js
var PythonMarkdownFailure = class extends Error {
  name = "PythonMarkdownFailure";
};

// packages/handin-markdown/dist/escape.js
function escapeCode(text) {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

// packages/handin-markdown/dist/python-text.js
var SPACE2 = String.raw`\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`;
var WORD = String.raw`\p{L}\p{N}_`;
var leadingSpace = new RegExp(`^[${SPACE2}]+`, "u");
var trailingSpace = new RegExp(`[${SPACE2}]+$`, "u");
function lstrip(text) {
  return text.replace(leadingSpace, "");
}
function rstrip(text) {
  return text.replace(trailingSpace, "");
}
function strip(text) {
  return rstrip(lstrip(text));
}
function rstripChars(text, chars) {
  let end2 = text.length;
  while (end2 > 0 && chars.includes(text[end2 - 1]))
    end2--;
  return text.slice(0, end2);
}
function lstripChars(text, chars) {
  let start = 0;
  while (start < text.length && chars.includes(text[start]))
    start++;
  return text.slice(start);
}
function expandTabs(text, size) {
  if (!text.includes("	"))
    return text;
  let out = "";
  let column = 0;
  for (const char of text) {
    if (char === "	") {
      const spaces = size - column % size;
      out += " ".repeat(spaces);
      column += spaces;
    } else if (char === "\n" || char === "\r") {
      out += char;
      column = 0;
    } else {
      out += char;
      column++;
    }
  }
  return out;
}

// packages/handin-markdown/dist/block-parser.js
var TAB = 4;
var INDENT = " ".repeat(TAB);
var FRAMES_BEFORE = 7;
var RECURSION_LIMIT = 1e3;
var QUOTE_LIMIT = RECURSION_LIMIT - 100;
var PythonMarkdownRecursion = class extends PythonMarkdownFailure {
  name = "PythonMarkdownRecursion";
  constructor(dialect) {
    super(`${dialect.name} stops with a RecursionError on this text: lists or quotes are nested a few hundred levels deep.`);
  }
};
var BlockParser = class {
  dialect;
  /** `BlockParser.state`: what the parser is inside of, innermost last. */
  state = [];
  /** Python frames of `parseChunk`, `parseBlocks` and processors' `run` on the stack now. */
  frames = FRAMES_BEFORE;
  references = /* @__PURE__ */ new Map();
  processors;
  constructor(dialect) {
    this.dialect = dialect;
    this.processors = [
      emptyBlock(),
      listIndent(this),
      codeBlock(),
      hashHeader(this),
      setextHeader(dialect.setextUnderline),
      horizontalRule(this),
      list(this, "ol", new RegExp("^ {0,3}\\p{Nd}+\\. +", "u")),
      list(this, "ul", /^ {0,3}[*+-] +/),
      blockQuote(this),
      reference(this),
      paragraph(this)
    ];
  }
  isState(state) {
    return this.state[this.state.length - 1] === state;
  }
  parseDocument(lines) {
    const root = new Element("div");
    this.parseChunk(root, lines.join("\n"));
    return root;
  }
  /** `util.nearing_recursion_limit()`, which keeps Python-Markdown from quoting deeper. */
  nearingRecursionLimit() {
    return this.frames > QUOTE_LIMIT;
  }
  parseChunk(parent, text) {
    this.enter();
    this.parseBlocks(parent, text.split("\n\n"));
    this.frames--;
  }
  parseBlocks(parent, blocks) {
    this.enter();
    while (blocks.length) {
      for (const processor of this.processors) {
        if (processor.test(parent, blocks[0])) {
          this.enter();
          processor.run(parent, blocks);
          this.frames--;
          break;
        }
      }
    }
    this.frames--;
  }
  enter() {
    if (++this.frames > RECURSION_LIMIT)
      throw new PythonMarkdownRecursion(this.dialect);
  }
};
var ITEM_TYPES = ["li"];
var LIST_TYPES = ["ul", "ol"];
function isCodeBlock(element) {
  return element !== void 0 && element.tag === "pre" && element.children[0]?.tag === "code";
}
function wrapTextInParagraph(item) {
  if (!item.text)
    return;
  const paragraph2 = new Element("p");
  paragraph2.setText(item.text, item.atomic);
  item.setText("");
  item.insert(0, paragraph2);
}
function detab(text) {
  const lines = text.split("\n");
  const kept = [];
  for (const line of lines) {
    if (line.startsWith(INDENT))
      kept.push(line.slice(TAB));
    else if (!strip(line))
      kept.push("");
    else
      break;
  }
  return [kept.join("\n"), lines.slice(kept.length).join("\n")];
}
function looseDetab(text, level) {
  const indent = " ".repeat(TAB * level);
  return text.split("\n").map((line) => line.startsWith(indent) ? line.slice(indent.length) : line).join("\n");
}
function emptyBlock() {
  return {
    test: (_parent, block) => !block || block.startsWith("\n"),
    run(parent, blocks) {
      const block = blocks.shift();
      let filler = "\n\n";
      if (block) {
        filler = "\n";
        const rest = block.slice(1);
        if (rest)
          blocks.unshift(rest);
      }
      const sibling = parent.last;
      if (isCodeBlock(sibling)) {
        const code = sibling.children[0];
        code.setText(`${code.text}${filler}`, true);
      }
    }
  };
}
function listIndent(parser) {
  const indentPattern = /^((?: {4})+)/;
  function level(parent, block) {
    const match = indentPattern.exec(block);
    const indentLevel = match ? match[1].length / TAB : 0;
    let level2 = parser.isState("list") ? 1 : 0;
    let sibling = parent;
    while (indentLevel > level2) {
      const child = sibling.last;
      if (child && (LIST_TYPES.includes(child.tag) || ITEM_TYPES.includes(child.tag))) {
        if (LIST_TYPES.includes(child.tag))
          level2++;
        sibling = child;
      } else
        break;
    }
    return [level2, sibling];
  }
  return {
    test: (parent, block) => block.startsWith(INDENT) && !parser.isState("detabbed") && (ITEM_TYPES.includes(parent.tag) || parent.last !== void 0 && LIST_TYPES.includes(parent.last.tag)),
    run(parent, blocks) {
      let block = blocks.shift();
      const [depth, sibling] = level(parent, block);
      block = looseDetab(block, depth);
      parser.state.push("detabbed");
      if (ITEM_TYPES.includes(parent.tag)) {
        const last = parent.last;
        parser.parseBlocks(last && LIST_TYPES.includes(last.tag) ? last : parent, [block]);
      } else if (ITEM_TYPES.includes(sibling.tag)) {
        parser.parseBlocks(sibling, [block]);
      } else if (sibling.last && ITEM_TYPES.includes(sibling.last.tag)) {
        wrapTextInParagraph(sibling.last);
        parser.parseChunk(sibling.last, block);
      } else {
        parser.parseBlocks(Element.sub(sibling, "li"), [block]);
      }
      parser.state.pop();
    }
  };
}
function codeBlock() {
  return {
    test: (_parent, block) => block.startsWith(INDENT),
    run(parent, blocks) {
      const sibling = parent.last;
      const [code, rest] = detab(blocks.shift());
      if (isCodeBlock(sibling)) {
        const element = sibling.children[0];
        element.setText(`${element.text}
${escapeCode(rstrip(code))}
`, true);
      } else {
        Element.sub(Element.sub(parent, "pre"), "code").setText(`${escapeCode(rstrip(code))}
`, true);
      }
      if (rest)
        blocks.unshift(rest);
    }
  };
}
function hashHeader(parser) {
  const pattern = /(?:^|\n)(#{1,6})((?:\\[^\n]|[^\\])*?)#*(?:\n|$)/u;
  return {
    test: (_parent, block) => pattern.test(block),
    run(parent, blocks) {
      const block = blocks.shift();
      const match = pattern.exec(block);
      const before = block.slice(0, match.index);
      const after = block.slice(match.index + match[0].length);
      if (before)
        parser.parseBlocks(parent, [before]);
      Element.sub(parent, `h${match[1].length}`).setText(strip(match[2]));
      if (after)
        blocks.unshift(parser.dialect.headingLooseDetab && parser.isState("looselist") ? looseDetab(after, 1) : after);
    }
  };
}
function setextHeader(pattern) {
  return {
    test: (_parent, block) => pattern.test(block),
    run(parent, blocks) {
      const lines = blocks.shift().split("\n");
      Element.sub(parent, lines[1].startsWith("=") ? "h1" : "h2").setText(strip(lines[0]));
      if (lines.length > 2)
        blocks.unshift(lines.slice(2).join("\n"));
    }
  };
}
function horizontalRule(parser) {
  const pattern = /(?<![^\n]) {0,3}(?=(?<rule>(?:-+ {0,2}){3,}|(?:_+ {0,2}){3,}|(?:\*+ {0,2}){3,}))\k<rule> *(?![^\n])/u;
  let match = null;
  return {
    test(_parent, block) {
      match = pattern.exec(block);
      return match !== null;
    },
    run(parent, blocks) {
      const block = blocks.shift();
      const rule = match;
      const before = rstripChars(block.slice(0, rule.index), "\n");
      if (before)
        parser.parseBlocks(parent, [before]);
      Element.sub(parent, "hr");
      const after = lstripChars(block.slice(rule.index + rule[0].length), "\n");
      if (after)
        blocks.unshift(after);
    }
  };
}
var LIST_ITEM2 = new RegExp("^ {0,3}(?:\\p{Nd}+\\.|[*+-]) +([^\\n]*)", "u");
var NESTED_ITEM = new RegExp("^ {4,7}(?:\\p{Nd}+\\.|[*+-]) +", "u");
function listItems(block) {
  const items = [];
  for (const line of block.split("\n")) {
    const item = LIST_ITEM2.exec(line);
    if (item)
      items.push(item[1]);
    else if (NESTED_ITEM.test(line) && !items[items.length - 1].startsWith(INDENT))
      items.push(line);
    else
      items[items.length - 1] = `${items[items.length - 1]}
${line}`;
  }
  return items;
}
function list(parser, tag, start) {
  return {
    test: (_parent, block) => start.test(block),
    run(parent, blocks) {
      const items = listItems(blocks.shift());
      const sibling = parent.last;
      let listElement;
      if (sibling && LIST_TYPES.includes(sibling.tag)) {
        listElement = sibling;
        const lastItem = listElement.last;
        wrapTextInParagraph(lastItem);
        const lastChild = lastItem.last;
        if (lastChild?.tail) {
          Element.sub(lastItem, "p").setText(lstrip(lastChild.tail));
          lastChild.tail = "";
        }
        const item = Element.sub(listElement, "li");
        parser.state.push("looselist");
        parser.parseBlocks(item, [items.shift()]);
        parser.state.pop();
      } else if (LIST_TYPES.includes(parent.tag)) {
        listElement = parent;
      } else {
        listElement = Element.sub(parent, tag);
      }
      parser.state.push("list");
      for (const item of items) {
        if (item.startsWith(INDENT))
          parser.parseBlocks(listElement.last, [item]);
        else
          parser.parseBlocks(Element.sub(listElement, "li"), [item]);
      }
      parser.state.pop();
    }
  };
}
function blockQuote(parser) {
  const pattern = /(^|\n) {0,3}> ?([^\n]*)/u;
  function clean(line) {
    const match = pattern.exec(line);
    if (strip(line) === ">")
      return "";
    return match ? match[2] : line;
  }
  return {
    test: (_parent, block) => pattern.test(block) && !parser.nearingRecursionLimit(),
    run(parent, blocks) {
      let block = blocks.shift();
      const match = pattern.exec(block);
      if (match) {
        parser.parseBlocks(parent, [block.slice(0, match.index)]);
        block = block.slice(match.index).split("\n").map(clean).join("\n");
      }
      const sibling = parent.last;
      const quote = sibling?.tag === "blockquote" ? sibling : Element.sub(parent, "blockquote");
      parser.state.push("blockquote");
      parser.parseChunk(quote, block);
      parser.state.pop();
    }
  };
}
function reference(parser) {
  const pattern = new RegExp(String.raw`(?<![^\n]) {0,3}\[([^\[\]]*)\]: *\n? *([^${SPACE2}]+) *(?:\n *)?((["'])([^\n]*)\4 *|\(([^\n]*)\) *)?(?![^\n])`, "u");
  return {
    test: (_parent, block) => pattern.test(block),
    run(_parent, blocks) {
      const block = blocks.shift();
      const match = pattern.exec(block);
      const id = strip(match[1]).toLowerCase();
      const href = rstripChars(lstripChars(match[2], "<"), ">");
      parser.references.set(id, { href, title: match[5] || (match[6] ?? null) });
      const end2 = match.index + match[0].length;
      if (strip(block.slice(end2)))
        blocks.unshift(lstripChars(block.slice(end2), "\n"));
      if (strip(block.slice(0, match.index)))
        blocks.unshift(rstripChars(block.slice(0, match.index), "\n"));
    }
  };
}
function paragraph(parser) {
  return {
    test: () => true,
    run(parent, blocks) {
      const block = blocks.shift();
      if (!strip(block))
        return;
      if (!parser.isState("list")) {
        Element.sub(parent, "p").setText(lstrip(block));
        return;
      }
      const sibling = parent.last;
      if (sibling)
        sibling.tail = sibling.tail ? `${sibling.tail}
${block}` : `
${block}`;
      else
        parent.setText(parent.text ? `${parent.text}
${block}` : lstrip(block), false);
    }
  };
}

// packages/handin-markdown/dist/dialect.js
var BLOCK_LEVEL_3_4 = [
  "address",
  "article",
  "aside",
  "blockquote",
  "details",
  "div",
  "dl",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "ul",
  "canvas",
  "colgroup",
  "dd",
  "body",
  "dt",
  "group",
  "iframe",
  "li",
  "legend",
  "math",
  "map",
  "noscript",
  "output",
  "object",
  "option",
  "progress",
  "script",
  "style",
  "summary",
  "tbody",
  "td",
  "textarea",
  "tfoot",
  "th",
  "thead",
  "tr",
  "video"
];
var HTML_TAG_OR_COMMENT = String.raw`\/?[a-zA-Z][^<>@ ]*( [^<>]*)?|!--(?:(?!<!--|-->).)*--`;
var debian = {
  version: "3.4-debian",
  name: pythonMarkdownVersionNames["3.4-debian"],
  blockLevelElements: new Set(BLOCK_LEVEL_3_4),
  commentRestarts: true,
  commentNeedsPlainClose: false,
  markedSectionAsBogusComment: true,
  unfinishedStartTagAsText: true,
  endTagNeedsLetter: false,
  lineStartCache: false,
  setextUnderline: /^[^\n]*?\n[=-]+ *(?:\n|$)/u,
  headingLooseDetab: false,
  notStrong: new RegExp(`((^|[${SPACE2}])(\\*|_)([${SPACE2}]|$))`, "gsu"),
  inlineHtml: new RegExp(`(<(${HTML_TAG_OR_COMMENT})>)`, "gsu"),
  rawHtmlUnescapesEscapes: false,
  rawHtmlResolvesNestedPlaceholders: false,
  inlineTreeInOrder: false,
  rawHtmlRestoredRecursively: false
};
var v3_7 = {
  ...debian,
  version: "3.7",
  name: pythonMarkdownVersionNames["3.7"],
  blockLevelElements: /* @__PURE__ */ new Set([...BLOCK_LEVEL_3_4, "html"]),
  commentRestarts: false,
  markedSectionAsBogusComment: false,
  unfinishedStartTagAsText: false,
  lineStartCache: true,
  headingLooseDetab: true,
  notStrong: new RegExp(`((^|(?<=[${SPACE2}]))(\\*{1,3}|_{1,3})(?=[${SPACE2}]|$))`, "gsu"),
  rawHtmlUnescapesEscapes: true
};
var v3_10 = {
  ...v3_7,
  version: "3.10",
  name: pythonMarkdownVersionNames["3.10"],
  blockLevelElements: /* @__PURE__ */ new Set([...BLOCK_LEVEL_3_4, "html", "center"]),
  commentNeedsPlainClose: true,
  markedSectionAsBogusComment: true,
  unfinishedStartTagAsText: true,
  endTagNeedsLetter: true,
  setextUnderline: /^[^\n]*?\n(?:=+|-+) *(?:\n|$)/u,
  inlineHtml: new RegExp(`(<(${HTML_TAG_OR_COMMENT}|[?](?:(?!<[?]|[?]>).)*[?]|!\\[CDATA\\[(?:(?!<!\\[CDATA\\[|\\]\\]>).)*\\]\\])>)`, "gsu"),
  rawHtmlResolvesNestedPlaceholders: true,
  inlineTreeInOrder: true,
  rawHtmlRestoredRecursively: true
};
var dialects = { "3.4-debian": debian, "3.7": v3_7, "3.10": v3_10 };
function dialectOf(version) {
  return dialects[parsePythonMarkdownVersion(version)];
}
function isBlockLevel(tag, dialect) {
  let name = tag.toLowerCase();
  while (name.endsWith("/"))
    name = name.slice(0, -1);
  return dialect.blockLevelElements.has(name);
}

// packages/handin-markdown/dist/html-parser.js
var S = `[${SPACE2}]`;
var interestingNormal = /[&<]/gu;
var entityRef = /&([a-zA-Z][-.a-zA-Z0-9]*);/y;
var charRef = /&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]/y;
var startTagOpen = /<[a-zA-Z]/y;
var startTagOpenOrEmptyEndTag = /<[a-zA-Z]|<\/>/y;
var piClose = /\?>/g;
var commentClose = new RegExp(`--${S}*>`, "gu");
var tagFindTolerant = new RegExp(`([a-zA-Z][^\\t\\n\\r\\f />\\x00]*)(?:${S}|/(?!>))*`, "uy");
var attrFindTolerant = new RegExp(`((?<=['"${SPACE2}/])[^${SPACE2}/>][^${SPACE2}/=>]*)(${S}*=+${S}*('[^']*'|"[^"]*"|(?!['"])[^>${SPACE2}]*))?(?:${S}|/(?!>))*`, "uy");
var locateStartTagEndTolerant = new RegExp(`<[a-zA-Z][^\`\\t\\n\\r\\f />\\x00]*(?:[${SPACE2}/]*(?:(?<=['"${SPACE2}/])[^\`${SPACE2}/>][^${SPACE2}/=>]*(?:${S}*=+${S}*(?:'[^']*'|"[^"]*"|(?!['"])[^\`>${SPACE2}]*)(?:${S}*,)*)?(?:${S}|/(?!>))*)*)?${S}*`, "uy");
var endEndTag = />/g;
var endTagFind = new RegExp(`</${S}*([a-zA-Z][-.a-zA-Z0-9:_]*)${S}*>`, "uy");
var declName = new RegExp(`[a-zA-Z][-_.a-zA-Z0-9]*${S}*`, "uy");
var markedSectionClose = new RegExp(`\\]${S}*\\]${S}*>`, "gu");
var msMarkedSectionClose = new RegExp(`\\]${S}*>`, "gu");
function matchAt(pattern, text, at) {
  pattern.lastIndex = at;
  return pattern.exec(text);
}
function searchFrom(pattern, text, from) {
  pattern.lastIndex = from;
  return pattern.exec(text);
}
function codePoints(text, start, end2) {
  let points = 0;
  for (let at = start; at < end2; at++) {
    const unit = text.charCodeAt(at);
    if (unit >= 55296 && unit <= 56319 && at + 1 < end2) {
      const next = text.charCodeAt(at + 1);
      if (next >= 56320 && next <= 57343)
        at++;
    }
    points++;
  }
  return points;
}
function advanceCodePoints(text, start, points) {
  let at = start;
  for (let left = points; left > 0 && at < text.length; left--) {
    const unit = text.charCodeAt(at);
    at += unit >= 55296 && unit <= 56319 && at + 1 < text.length && (text.charCodeAt(at + 1) & 64512) === 56320 ? 2 : 1;
  }
  return at;
}
function count(text, char, start, end2) {
  let found = 0;
  for (let at = text.indexOf(char, start); at !== -1 && at < end2; at = text.indexOf(char, at + 1))
    found++;
  return found;
}
var UnsupportedMarkup = class extends PythonMarkdownFailure {
  name = "UnsupportedMarkup";
  constructor(problem) {
    super(`Python's HTML parser stops with an error on this text (${problem}), so Python-Markdown makes no page. Write "<![" as "&lt;![" or put it in a code span.`);
  }
};
var PythonHtmlParser = class {
  static CDATA_CONTENT_ELEMENTS = ["script", "style"];
  rawdata = "";
  lasttag = "???";
  interesting = interestingNormal;
  /** `starttagopen`, which Python-Markdown 3.10 patches. */
  startTagOpen = startTagOpen;
  cdataElem = null;
  lineno = 1;
  /**
   * The column, in code points as Python counts. Python-Markdown adds it to
   * the start of a line in `rawdata` even after `rawdata` has been cut at the
   * front (then it points elsewhere, and the graders' page shows that), so it
   * is turned into an index only where it is used.
   */
  offset = 0;
  feed(data) {
    this.rawdata += data;
    this.goahead(false);
  }
  close() {
    this.goahead(true);
  }
  setCdataMode(elem) {
    this.cdataElem = elem.toLowerCase();
    this.interesting = new RegExp(`</${S}*${this.cdataElem}${S}*>`, "giu");
  }
  clearCdataMode() {
    this.interesting = interestingNormal;
    this.cdataElem = null;
  }
  updatepos(i, j) {
    if (i >= j)
      return j;
    const lines = count(this.rawdata, "\n", i, j);
    if (lines) {
      this.lineno += lines;
      this.offset = codePoints(this.rawdata, this.rawdata.lastIndexOf("\n", j - 1) + 1, j);
    } else {
      this.offset += codePoints(this.rawdata, i, j);
    }
    return j;
  }
  goahead(end2) {
    const rawdata = this.rawdata;
    let i = 0;
    const n = rawdata.length;
    while (i < n) {
      let j;
      const match = searchFrom(this.interesting, rawdata, i);
      if (match)
        j = match.index;
      else {
        if (this.cdataElem)
          break;
        j = n;
      }
      if (i < j)
        this.handleData(rawdata.slice(i, j));
      i = this.updatepos(i, j);
      if (i === n)
        break;
      if (rawdata.startsWith("<", i)) {
        let k;
        if (matchAt(this.startTagOpen, rawdata, i))
          k = this.parseStarttag(i);
        else if (rawdata.startsWith("</", i))
          k = this.parseEndtag(i);
        else if (rawdata.startsWith("<!--", i))
          k = this.parseComment(i);
        else if (rawdata.startsWith("<?", i))
          k = this.parsePi(i);
        else if (rawdata.startsWith("<!", i))
          k = this.parseHtmlDeclaration(i);
        else if (i + 1 < n) {
          this.handleData("<");
          k = i + 1;
        } else
          break;
        if (k < 0) {
          if (!end2)
            break;
          k = rawdata.indexOf(">", i + 1);
          if (k < 0) {
            k = rawdata.indexOf("<", i + 1);
            if (k < 0)
              k = i + 1;
          } else
            k += 1;
          this.handleData(rawdata.slice(i, k));
        }
        i = this.updatepos(i, k);
      } else if (rawdata.startsWith("&#", i)) {
        const reference2 = matchAt(charRef, rawdata, i);
        if (reference2) {
          this.handleCharref(reference2[0].slice(2, -1));
          let k = i + reference2[0].length;
          if (rawdata[k - 1] !== ";")
            k -= 1;
          i = this.updatepos(i, k);
          continue;
        }
        if (rawdata.indexOf(";", i) !== -1) {
          this.handleData(rawdata.slice(i, i + 2));
          i = this.updatepos(i, i + 2);
        }
        break;
      } else if (rawdata.startsWith("&", i)) {
        const reference2 = matchAt(entityRef, rawdata, i);
        if (reference2) {
          this.handleEntityref(reference2[1]);
          let k = i + reference2[0].length;
          if (rawdata[k - 1] !== ";")
            k -= 1;
          i = this.updatepos(i, k);
          continue;
        }
        if (i + 1 < n) {
          this.handleData("&");
          i = this.updatepos(i, i + 1);
        } else
          break;
      } else {
        throw new Error("interesting.search() lied");
      }
    }
    if (end2 && i < n && !this.cdataElem) {
      this.handleData(rawdata.slice(i, n));
      i = this.updatepos(i, n);
    }
    this.rawdata = rawdata.slice(i);
  }
  parseHtmlDeclaration(i) {
    const rawdata = this.rawdata;
    if (rawdata.startsWith("<!--", i))
      return this.parseComment(i);
    if (rawdata.startsWith("<![", i))
      return this.parseMarkedSection(i);
    if (rawdata.slice(i, i + 9).toLowerCase() === "<!doctype") {
      const gtpos = rawdata.indexOf(">", i + 9);
      if (gtpos === -1)
        return -1;
      this.handleDecl(rawdata.slice(i + 2, gtpos));
      return gtpos + 1;
    }
    return this.parseBogusComment(i);
  }
  parseBogusComment(i, report = true) {
    const rawdata = this.rawdata;
    const pos = rawdata.indexOf(">", i + 2);
    if (pos === -1)
      return -1;
    if (report)
      this.handleComment(rawdata.slice(i + 2, pos));
    return pos + 1;
  }
  parsePi(i) {
    const rawdata = this.rawdata;
    const match = searchFrom(piClose, rawdata, i + 2);
    if (!match)
      return -1;
    this.handlePi(rawdata.slice(i + 2, match.index));
    return match.index + match[0].length;
  }
  /** Where the start tag beginning at `i` ends, -1 when it may go on past the data. */
  checkForWholeStartTag(i) {
    const rawdata = this.rawdata;
    const match = matchAt(locateStartTagEndTolerant, rawdata, i);
    if (!match)
      throw new Error("we should not get here!");
    const j = i + match[0].length;
    const next = rawdata.slice(j, j + 1);
    if (next === ">")
      return j + 1;
    if (next === "/") {
      if (rawdata.startsWith("/>", j))
        return j + 2;
      if (rawdata.startsWith("/", j))
        return -1;
    }
    if (next === "")
      return -1;
    if (/^[a-zA-Z=/]$/.test(next))
      return -1;
    return j > i ? j : i + 1;
  }
  /** The tag name and where its attributes end (the caller checks that only `>` or `/>` follows). */
  scanStarttag(i, endpos) {
    const rawdata = this.rawdata;
    const name = matchAt(tagFindTolerant, rawdata, i + 1);
    if (!name)
      throw new Error("unexpected call to parse_starttag()");
    let k = i + 1 + name[0].length;
    const tag = name[1].toLowerCase();
    this.lasttag = tag;
    while (k < endpos) {
      const attribute = matchAt(attrFindTolerant, rawdata, k);
      if (!attribute)
        break;
      k += attribute[0].length;
    }
    return { tag, k };
  }
  parseEndtag(i) {
    const rawdata = this.rawdata;
    const close = searchFrom(endEndTag, rawdata, i + 1);
    if (!close)
      return -1;
    let gtpos = close.index + 1;
    const match = matchAt(endTagFind, rawdata, i);
    if (!match) {
      if (this.cdataElem !== null) {
        this.handleData(rawdata.slice(i, gtpos));
        return gtpos;
      }
      const name = matchAt(tagFindTolerant, rawdata, i + 2);
      if (!name) {
        if (rawdata.startsWith("</>", i))
          return i + 3;
        return this.parseBogusComment(i);
      }
      const tagname = name[1].toLowerCase();
      gtpos = rawdata.indexOf(">", i + 2 + name[0].length);
      this.handleEndtag(tagname);
      return gtpos + 1;
    }
    const elem = match[1].toLowerCase();
    if (this.cdataElem !== null && elem !== this.cdataElem) {
      this.handleData(rawdata.slice(i, gtpos));
      return gtpos;
    }
    this.handleEndtag(elem);
    this.clearCdataMode();
    return gtpos;
  }
  parseComment(i, report = true) {
    const rawdata = this.rawdata;
    const match = searchFrom(commentClose, rawdata, i + 4);
    if (!match)
      return -1;
    if (report)
      this.handleComment(rawdata.slice(i + 4, match.index));
    return match.index + match[0].length;
  }
  parseMarkedSection(i, report = true) {
    const rawdata = this.rawdata;
    const [sectName, j] = this.scanName(i + 3, i);
    if (j < 0)
      return j;
    let match;
    if (["temp", "cdata", "ignore", "include", "rcdata"].includes(sectName))
      match = searchFrom(markedSectionClose, rawdata, i + 3);
    else if (["if", "else", "endif"].includes(sectName))
      match = searchFrom(msMarkedSectionClose, rawdata, i + 3);
    else
      throw new UnsupportedMarkup(`unknown status keyword ${JSON.stringify(rawdata.slice(i + 3, j))} in marked section`);
    if (!match)
      return -1;
    if (report)
      this.unknownDecl(rawdata.slice(i + 3, match.index));
    return match.index + match[0].length;
  }
  scanName(i, declstartpos) {
    const rawdata = this.rawdata;
    const n = rawdata.length;
    if (i === n)
      return [null, -1];
    const match = matchAt(declName, rawdata, i);
    if (!match) {
      this.updatepos(declstartpos, i);
      throw new UnsupportedMarkup(`expected name token at ${JSON.stringify(rawdata.slice(declstartpos, declstartpos + 20))}`);
    }
    if (i + match[0].length === n)
      return [null, -1];
    return [match[0].replace(new RegExp(`${S}+$`, "u"), "").toLowerCase(), i + match[0].length];
  }
};

// packages/handin-markdown/dist/html-extractor.js
var blankLine = /^(?: *\n){2}/;
var plainCommentClose = /--!?>/g;
var RESTART_LIMIT = 100;
var PythonMarkdownHangs = class extends PythonMarkdownFailure {
  name = "PythonMarkdownHangs";
  constructor(dialect) {
    super(`${dialect.name} never finishes on this text: an HTML comment closed with "-- >" (a space or line break before ">") after the start makes it parse the same text again and again. Close the comment with "-->".`);
  }
};
var HtmlExtractor = class extends PythonHtmlParser {
  stash;
  dialect;
  inraw = false;
  intail = false;
  stack = [];
  cache = [];
  cleandoc = [];
  overrideCommentUpdate = false;
  restarts = 0;
  starttagText = null;
  newlinesOf = null;
  newlines = [];
  /** `lineno_start_cache` (3.5 on): line starts in code points, of whichever text was there when each was found. */
  lineStarts = [0];
  constructor(stash, dialect) {
    super();
    this.stash = stash;
    this.dialect = dialect;
    if (dialect.endTagNeedsLetter)
      this.startTagOpen = startTagOpenOrEmptyEndTag;
  }
  close() {
    super.close();
    if (this.rawdata.length)
      this.handleData(this.rawdata);
    if (this.cache.length) {
      this.cleandoc.push(this.stash.store(this.cache.join("")));
      this.cache = [];
    }
  }
  /** Index in `rawdata` of the start of the current line, as Python-Markdown computes it. */
  get lineOffset() {
    if (this.dialect.lineStartCache)
      return this.cachedLineOffset();
    if (this.lineno <= 1 || !this.rawdata.includes("\n"))
      return 0;
    if (this.newlinesOf !== this.rawdata) {
      this.newlinesOf = this.rawdata;
      this.newlines = [];
      for (let at = this.rawdata.indexOf("\n"); at !== -1; at = this.rawdata.indexOf("\n", at + 1))
        this.newlines.push(at);
    }
    const newline = this.newlines[this.lineno - 2];
    return newline === void 0 ? this.rawdata.lastIndexOf("\n") : newline + 1;
  }
  /**
   * `line_offset` from 3.5 on. The cache is not cleared when the parser's
   * first pass leaves only the rest of the text, so later lines are looked
   * for from a start found in the whole text, as there.
   */
  cachedLineOffset() {
    const rawdata = this.rawdata;
    const astral = /[\ud800-\udbff]/.test(rawdata);
    const toIndex = (points) => astral ? advanceCodePoints(rawdata, 0, points) : Math.min(points, rawdata.length);
    for (let line = this.lineStarts.length - 1; line < this.lineno - 1; line++) {
      const newline = rawdata.indexOf("\n", toIndex(this.lineStarts[line]));
      const found = newline === -1 ? rawdata.length : newline;
      this.lineStarts.push((astral ? codePoints(rawdata, 0, found) : found) + 1);
    }
    return toIndex(this.lineStarts[this.lineno - 1]);
  }
  /** `line_offset + offset + points` as an index into `rawdata`. */
  position(points = 0) {
    return advanceCodePoints(this.rawdata, this.lineOffset, this.offset + points);
  }
  /** At the start of a line, allowing three spaces before. */
  atLineStart() {
    if (this.offset === 0)
      return true;
    if (this.offset > 3)
      return false;
    return strip(this.rawdata.slice(this.lineOffset, this.position())) === "";
  }
  endtagText(tag) {
    const start = this.position();
    const match = searchFrom(endEndTag, this.rawdata, start);
    return match ? this.rawdata.slice(start, match.index + 1) : `</${tag}>`;
  }
  followedByBlankLine(text) {
    return blankLine.test(this.rawdata.slice(this.position(codePoints(text, 0, text.length))));
  }
  handleStarttag(tag) {
    if (tag === "hr") {
      this.handleStartendtag(tag);
      return;
    }
    if (isBlockLevel(tag, this.dialect) && (this.intail || this.atLineStart() && !this.inraw)) {
      this.inraw = true;
      this.cleandoc.push("\n");
    }
    const text = this.starttagText ?? "";
    if (this.inraw) {
      this.stack.push(tag);
      this.cache.push(text);
    } else {
      this.cleandoc.push(text);
      if (PythonHtmlParser.CDATA_CONTENT_ELEMENTS.includes(tag))
        this.clearCdataMode();
    }
  }
  handleEndtag(tag) {
    const text = this.endtagText(tag);
    if (!this.inraw) {
      this.cleandoc.push(text);
      return;
    }
    this.cache.push(text);
    if (this.stack.includes(tag)) {
      while (this.stack.length)
        if (this.stack.pop() === tag)
          break;
    }
    if (this.stack.length === 0) {
      if (this.followedByBlankLine(text))
        this.cache.push("\n");
      else
        this.intail = true;
      this.inraw = false;
      this.cleandoc.push(this.stash.store(this.cache.join("")));
      this.cleandoc.push("\n\n");
      this.cache = [];
    }
  }
  handleData(data) {
    if (this.intail && data.includes("\n"))
      this.intail = false;
    if (this.inraw)
      this.cache.push(data);
    else
      this.cleandoc.push(data);
  }
  handleEmptyTag(data, isBlock) {
    if (this.inraw || this.intail) {
      this.cache.push(data);
    } else if (this.atLineStart() && isBlock) {
      let html = data;
      if (this.followedByBlankLine(data))
        html += "\n";
      else
        this.intail = true;
      const item = this.cleandoc[this.cleandoc.length - 1] ?? "";
      if (!item.endsWith("\n\n") && item.endsWith("\n"))
        this.cleandoc.push("\n");
      this.cleandoc.push(this.stash.store(html));
      this.cleandoc.push("\n\n");
    } else {
      this.cleandoc.push(data);
    }
  }
  handleStartendtag(tag) {
    this.handleEmptyTag(this.starttagText ?? "", isBlockLevel(tag, this.dialect));
  }
  handleCharref(name) {
    this.handleEmptyTag(`&#${name};`, false);
  }
  handleEntityref(name) {
    this.handleEmptyTag(`&${name};`, false);
  }
  handleComment(data) {
    if (this.dialect.commentRestarts && !this.closedPlainly(data)) {
      this.handleData("<");
      this.overrideCommentUpdate = true;
      return;
    }
    this.handleEmptyTag(`<!--${data}-->`, true);
  }
  /** Debian's check: whether `-->` follows the comment's text where the parser's position says it is. */
  closedPlainly(data) {
    const i = this.position(codePoints(data, 0, data.length) + 4);
    return this.rawdata.slice(i, advanceCodePoints(this.rawdata, i, 3)) === "-->";
  }
  updatepos(i, j) {
    if (this.overrideCommentUpdate) {
      this.overrideCommentUpdate = false;
      if (i !== 0 && ++this.restarts > RESTART_LIMIT)
        throw new PythonMarkdownHangs(this.dialect);
      return super.updatepos(0, advanceCodePoints(this.rawdata, 0, 1));
    }
    return super.updatepos(i, j);
  }
  handleDecl(data) {
    this.handleEmptyTag(`<!${data}>`, true);
  }
  handlePi(data) {
    this.handleEmptyTag(`<?${data}?>`, true);
  }
  unknownDecl(data) {
    this.handleEmptyTag(`<![${data}${data.startsWith("CDATA[") ? "]]>" : "]>"}`, true);
  }
  parsePi(i) {
    if (this.atLineStart() || this.intail)
      return super.parsePi(i);
    this.handleData("<?");
    return i + 2;
  }
  parseHtmlDeclaration(i) {
    if (this.atLineStart() || this.intail) {
      if (this.dialect.markedSectionAsBogusComment && this.rawdata.startsWith("<![", i) && !this.rawdata.startsWith("<![CDATA[", i)) {
        const result = this.parseBogusComment(i);
        if (result === -1) {
          this.handleData(this.rawdata.slice(i, i + 1));
          return i + 1;
        }
        return result;
      }
      return super.parseHtmlDeclaration(i);
    }
    this.handleData("<!");
    return i + 2;
  }
  parseBogusComment(i, report = false) {
    const pos = super.parseBogusComment(i, report);
    if (pos === -1)
      return -1;
    this.handleEmptyTag(this.rawdata.slice(i, pos), false);
    return pos;
  }
  /** 3.10's comment: closed by `-->` or `--!>` only, text from its `<` where it never is. */
  parseComment(i, report = true) {
    if (!this.dialect.commentNeedsPlainClose)
      return super.parseComment(i, report);
    const match = searchFrom(plainCommentClose, this.rawdata, i + 4);
    if (!match) {
      this.handleData("<");
      return i + 1;
    }
    if (report)
      this.handleComment(this.rawdata.slice(i + 4, match.index));
    return match.index + match[0].length;
  }
  /** 3.10's `_HTMLParser.parse_endtag`: `</` and no letter after it is text. */
  parseEndtag(i) {
    if (this.dialect.endTagNeedsLetter && !/^[a-zA-Z]$/.test(this.rawdata.charAt(i + 2))) {
      this.handleData(this.rawdata.slice(i, i + 2));
      return i + 2;
    }
    return super.parseEndtag(i);
  }
  parseStarttag(i) {
    if (this.dialect.endTagNeedsLetter && this.rawdata.startsWith("</>", i)) {
      this.handleData("</>");
      return i + 3;
    }
    this.starttagText = null;
    const endpos = this.checkForWholeStartTag(i);
    if (endpos < 0) {
      if (!this.dialect.unfinishedStartTagAsText)
        return endpos;
      this.handleData(this.rawdata.slice(i, i + 1));
      return i + 1;
    }
    this.starttagText = this.rawdata.slice(i, endpos);
    const { tag, k } = this.scanStarttag(i, endpos);
    const end2 = strip(this.rawdata.slice(k, endpos));
    if (end2 !== ">" && end2 !== "/>") {
      this.handleData(this.rawdata.slice(i, endpos));
      return endpos;
    }
    if (end2.endsWith("/>")) {
      this.handleStartendtag(tag);
    } else {
      if (PythonHtmlParser.CDATA_CONTENT_ELEMENTS.includes(tag))
        this.setCdataMode(tag);
      this.handleStarttag(tag);
    }
    return endpos;
  }
};

// packages/handin-markdown/dist/html-stash.js
var STX = "";
var ETX = "";
var INLINE_PLACEHOLDER_PREFIX = `${STX}klzzwxh:`;
var AMP_SUBSTITUTE = `${STX}amp${ETX}`;
function inlinePlaceholder(id) {
  return `${INLINE_PLACEHOLDER_PREFIX}${id}${ETX}`;
}
function htmlPlaceholder(index) {
  return `${STX}wzxhzdk:${index}${ETX}`;
}
var HtmlStash = class {
  rawHtmlBlocks = [];
  /** Keeps `html` and returns the placeholder that stands for it in the text. */
  store(html) {
    this.rawHtmlBlocks.push(html);
    return htmlPlaceholder(this.rawHtmlBlocks.length - 1);
  }
};

// packages/handin-markdown/dist/html4-entities.js
var CODEPOINT_TO_ENTITY = /* @__PURE__ */ new Map([
  [34, "quot"],
  [38, "amp"],
  [60, "lt"],
  [62, "gt"],
  [160, "nbsp"],
  [161, "iexcl"],
  [162, "cent"],
  [163, "pound"],
  [164, "curren"],
  [165, "yen"],
  [166, "brvbar"],
  [167, "sect"],
  [168, "uml"],
  [169, "copy"],
  [170, "ordf"],
  [171, "laquo"],
  [172, "not"],
  [173, "shy"],
  [174, "reg"],
  [175, "macr"],
  [176, "deg"],
  [177, "plusmn"],
  [178, "sup2"],
  [179, "sup3"],
  [180, "acute"],
  [181, "micro"],
  [182, "para"],
  [183, "middot"],
  [184, "cedil"],
  [185, "sup1"],
  [186, "ordm"],
  [187, "raquo"],
  [188, "frac14"],
  [189, "frac12"],
  [190, "frac34"],
  [191, "iquest"],
  [192, "Agrave"],
  [193, "Aacute"],
  [194, "Acirc"],
  [195, "Atilde"],
  [196, "Auml"],
  [197, "Aring"],
  [198, "AElig"],
  [199, "Ccedil"],
  [200, "Egrave"],
  [201, "Eacute"],
  [202, "Ecirc"],
  [203, "Euml"],
  [204, "Igrave"],
  [205, "Iacute"],
  [206, "Icirc"],
  [207, "Iuml"],
  [208, "ETH"],
  [209, "Ntilde"],
  [210, "Ograve"],
  [211, "Oacute"],
  [212, "Ocirc"],
  [213, "Otilde"],
  [214, "Ouml"],
  [215, "times"],
  [216, "Oslash"],
  [217, "Ugrave"],
  [218, "Uacute"],
  [219, "Ucirc"],
  [220, "Uuml"],
  [221, "Yacute"],
  [222, "THORN"],
  [223, "szlig"],
  [224, "agrave"],
  [225, "aacute"],
  [226, "acirc"],
  [227, "atilde"],
  [228, "auml"],
  [229, "aring"],
  [230, "aelig"],
  [231, "ccedil"],
  [232, "egrave"],
  [233, "eacute"],
  [234, "ecirc"],
  [235, "euml"],
  [236, "igrave"],
  [237, "iacute"],
  [238, "icirc"],
  [239, "iuml"],
  [240, "eth"],
  [241, "ntilde"],
  [242, "ograve"],
  [243, "oacute"],
  [244, "ocirc"],
  [245, "otilde"],
  [246, "ouml"],
  [247, "divide"],
  [248, "oslash"],
  [249, "ugrave"],
  [250, "uacute"],
  [251, "ucirc"],
  [252, "uuml"],
  [253, "yacute"],
  [254, "thorn"],
  [255, "yuml"],
  [338, "OElig"],
  [339, "oelig"],
  [352, "Scaron"],
  [353, "scaron"],
  [376, "Yuml"],
  [402, "fnof"],
  [710, "circ"],
  [732, "tilde"],
  [913, "Alpha"],
  [914, "Beta"],
  [915, "Gamma"],
  [916, "Delta"],
  [917, "Epsilon"],
  [918, "Zeta"],
  [919, "Eta"],
  [920, "Theta"],
  [921, "Iota"],
  [922, "Kappa"],
  [923, "Lambda"],
  [924, "Mu"],
  [925, "Nu"],
  [926, "Xi"],
  [927, "Omicron"],
  [928, "Pi"],
  [929, "Rho"],
  [931, "Sigma"],
  [932, "Tau"],
  [933, "Upsilon"],
  [934, "Phi"],
  [935, "Chi"],
  [936, "Psi"],
  [937, "Omega"],
  [945, "alpha"],
  [946, "beta"],
  [947, "gamma"],
  [948, "delta"],
  [949, "epsilon"],
  [950, "zeta"],
  [951, "eta"],
  [952, "theta"],
  [953, "iota"],
  [954, "kappa"],
  [955, "lambda"],
  [956, "mu"],
  [957, "nu"],
  [958, "xi"],
  [959, "omicron"],
  [960, "pi"],
  [961, "rho"],
  [962, "sigmaf"],
  [963, "sigma"],
  [964, "tau"],
  [965, "upsilon"],
  [966, "phi"],
  [967, "chi"],
  [968, "psi"],
  [969, "omega"],
  [977, "thetasym"],
  [978, "upsih"],
  [982, "piv"],
  [8194, "ensp"],
  [8195, "emsp"],
  [8201, "thinsp"],
  [8204, "zwnj"],
  [8205, "zwj"],
  [8206, "lrm"],
  [8207, "rlm"],
  [8211, "ndash"],
  [8212, "mdash"],
  [8216, "lsquo"],
  [8217, "rsquo"],
  [8218, "sbquo"],
  [8220, "ldquo"],
  [8221, "rdquo"],
  [8222, "bdquo"],
  [8224, "dagger"],
  [8225, "Dagger"],
  [8226, "bull"],
  [8230, "hellip"],
  [8240, "permil"],
  [8242, "prime"],
  [8243, "Prime"],
  [8249, "lsaquo"],
  [8250, "rsaquo"],
  [8254, "oline"],
  [8260, "frasl"],
  [8364, "euro"],
  [8465, "image"],
  [8472, "weierp"],
  [8476, "real"],
  [8482, "trade"],
  [8501, "alefsym"],
  [8592, "larr"],
  [8593, "uarr"],
  [8594, "rarr"],
  [8595, "darr"],
  [8596, "harr"],
  [8629, "crarr"],
  [8656, "lArr"],
  [8657, "uArr"],
  [8658, "rArr"],
  [8659, "dArr"],
  [8660, "hArr"],
  [8704, "forall"],
  [8706, "part"],
  [8707, "exist"],
  [8709, "empty"],
  [8711, "nabla"],
  [8712, "isin"],
  [8713, "notin"],
  [8715, "ni"],
  [8719, "prod"],
  [8721, "sum"],
  [8722, "minus"],
  [8727, "lowast"],
  [8730, "radic"],
  [8733, "prop"],
  [8734, "infin"],
  [8736, "ang"],
  [8743, "and"],
  [8744, "or"],
  [8745, "cap"],
  [8746, "cup"],
  [8747, "int"],
  [8756, "there4"],
  [8764, "sim"],
  [8773, "cong"],
  [8776, "asymp"],
  [8800, "ne"],
  [8801, "equiv"],
  [8804, "le"],
  [8805, "ge"],
  [8834, "sub"],
  [8835, "sup"],
  [8836, "nsub"],
  [8838, "sube"],
  [8839, "supe"],
  [8853, "oplus"],
  [8855, "otimes"],
  [8869, "perp"],
  [8901, "sdot"],
  [8968, "lceil"],
  [8969, "rceil"],
  [8970, "lfloor"],
  [8971, "rfloor"],
  [9001, "lang"],
  [9002, "rang"],
  [9674, "loz"],
  [9824, "spades"],
  [9827, "clubs"],
  [9829, "hearts"],
  [9830, "diams"]
]);

// packages/handin-markdown/dist/tree-processors.js
function prettifyElement(element, dialect) {
  if (isBlockLevel(element.tag, dialect) && element.tag !== "code" && element.tag !== "pre") {
    const first = element.children[0];
    if ((!element.text || !strip(element.text)) && first && isBlockLevel(first.tag, dialect))
      element.setText("\n");
    for (const child of element.children)
      if (isBlockLevel(child.tag, dialect))
        prettifyElement(child, dialect);
  }
  if (!element.tail || !strip(element.tail))
    element.tail = "\n";
}
function prettify(root, dialect) {
  prettifyElement(root, dialect);
  for (const br of root.iter("br"))
    br.tail = !br.tail || !strip(br.tail) ? "\n" : `
${br.tail}`;
  for (const pre of root.iter("pre")) {
    const code = pre.children[0];
    if (code?.tag === "code" && !code.children.length && code.text !== null)
      code.setText(`${rstrip(code.text)}
`, true);
  }
}
var ESCAPED = new RegExp(`${STX}([0-9]+)${ETX}`, "g");
function unescapeText(text) {
  return text.replace(ESCAPED, (_whole, code) => String.fromCodePoint(Number(code)));
}
function unescapeEscapes(root) {
  for (const element of root.iter()) {
    if (element.text && element.tag !== "code")
      element.setText(unescapeText(element.text), element.atomic);
    if (element.tail)
      element.tail = unescapeText(element.tail);
    for (const [name, value] of element.attributes)
      element.attributes.set(name, unescapeText(value));
  }
}

// packages/handin-markdown/dist/inline-patterns.js
var ESCAPED_CHARS = /* @__PURE__ */ new Set(["\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", ">", "#", "+", "-", ".", "!"]);
var NOT_WORD_BEFORE = `(?<![${WORD}])`;
var NOT_WORD_AFTER = `(?![${WORD}])`;
function end(match) {
  return match.index + match[0].length;
}
function matchAt2(pattern, text, at) {
  pattern.lastIndex = at;
  return pattern.exec(text);
}
var backtick = {
  name: "backtick",
  regex: /(?:(?<!\\)((?:\\{2})+)(?=`+)|(?<!\\)(`+)(.+?)(?<!`)\2(?!`))/gsu,
  handle(match) {
    if (match[3]) {
      const code = new Element("code");
      code.setText(escapeCode(strip(match[3])), true);
      return [code, match.index, end(match)];
    }
    return [match[1].replaceAll("\\\\", `${STX}92${ETX}`), match.index, end(match)];
  }
};
var backslashEscape = {
  name: "escape",
  regex: /\\(.)/gsu,
  handle(match) {
    const char = match[1];
    return [ESCAPED_CHARS.has(char) ? `${STX}${char.codePointAt(0)}${ETX}` : null, match.index, end(match)];
  }
};
function bracketText(data, index) {
  let depth = 1;
  let at = index;
  for (let pos = index; pos < data.length; pos++) {
    const char = data[pos];
    if (char === "]")
      depth--;
    else if (char === "[")
      depth++;
    at++;
    if (depth === 0)
      return [data.slice(index, pos), at, true];
  }
  return [data.slice(index), at, false];
}
function dequote(text) {
  if (text.startsWith('"') && text.endsWith('"') || text.startsWith("'") && text.endsWith("'"))
    return text.slice(1, -1);
  return text;
}
var LINK_TARGET = new RegExp(`\\([${SPACE2}]*(?:(<[^<>]*>)[${SPACE2}]*(?:('[^']*'|"[^"]*")[${SPACE2}]*)?\\))?`, "suy");
var TITLE_SPACE = new RegExp(`[${SPACE2}]`, "gu");
function linkTarget(data, start, context) {
  let href = "";
  let title = null;
  let handled = false;
  let index = start;
  const match = matchAt2(LINK_TARGET, data, index);
  if (match?.[1]) {
    href = strip(match[1].slice(1, -1));
    if (match[2])
      title = match[2].slice(1, -1);
    index = end(match);
    handled = true;
  } else if (match) {
    let bracketCount = 1;
    let backtrackCount = 1;
    const startIndex = end(match);
    index = startIndex;
    let lastBracket = -1;
    let quote = null;
    let startQuote = -1;
    let exitQuote = -1;
    let ignoreMatches = false;
    let altQuote = null;
    let startAltQuote = -1;
    let exitAltQuote = -1;
    let last = "";
    for (let pos = index; pos < data.length; pos++) {
      const c = data[pos];
      if (c === "(") {
        if (!ignoreMatches)
          bracketCount++;
        else if (backtrackCount > 0)
          backtrackCount--;
      } else if (c === ")") {
        if (exitQuote !== -1 && quote === last || exitAltQuote !== -1 && altQuote === last)
          bracketCount = 0;
        else if (!ignoreMatches)
          bracketCount--;
        else if (backtrackCount > 0) {
          backtrackCount--;
          if (backtrackCount === 0)
            lastBracket = index + 1;
        }
      } else if (c === "'" || c === '"') {
        if (!quote) {
          ignoreMatches = true;
          backtrackCount = bracketCount;
          bracketCount = 1;
          startQuote = index + 1;
          quote = c;
        } else if (c !== quote && !altQuote) {
          startAltQuote = index + 1;
          altQuote = c;
        } else if (c === quote) {
          exitQuote = index + 1;
        } else if (altQuote && c === altQuote) {
          exitAltQuote = index + 1;
        }
      }
      index++;
      if (bracketCount === 0) {
        if (exitQuote >= 0 && quote === last) {
          href = data.slice(startIndex, startQuote - 1);
          title = data.slice(startQuote, exitQuote - 1);
        } else if (exitAltQuote >= 0 && altQuote === last) {
          href = data.slice(startIndex, startAltQuote - 1);
          title = data.slice(startAltQuote, exitAltQuote - 1);
        } else {
          href = data.slice(startIndex, index - 1);
        }
        break;
      }
      if (c !== " ")
        last = c;
    }
    if (bracketCount !== 0 && backtrackCount === 0) {
      href = data.slice(startIndex, lastBracket - 1);
      index = lastBracket;
      bracketCount = 0;
    }
    handled = bracketCount === 0;
  }
  if (title !== null)
    title = dequote(context.unescape(strip(title))).replace(TITLE_SPACE, " ");
  href = strip(context.unescape(href));
  return [href, title, index, handled];
}
function linkElement(tag, href, title, text, context) {
  const element = new Element(tag);
  element.attributes.set(tag === "a" ? "href" : "src", href);
  if (title !== null)
    element.attributes.set("title", title);
  if (tag === "a")
    element.setText(text);
  else
    element.attributes.set("alt", context.unescape(text));
  return element;
}
function inlineLink(name, regex, tag) {
  return {
    name,
    regex,
    handle(match, data, context) {
      const [text, index, textHandled] = bracketText(data, end(match));
      if (!textHandled)
        return [null, null, null];
      const [href, title, linkEnd, handled] = linkTarget(data, index, context);
      if (!handled)
        return [null, null, null];
      return [linkElement(tag, href, title, text, context), match.index, linkEnd];
    }
  };
}
var REFERENCE_ID = new RegExp(`[${SPACE2}]?\\[([^\\]]*)\\]`, "suy");
var SPACE_RUN = new RegExp(`[${SPACE2}]+`, "gu");
function referenceLink(name, regex, tag, short) {
  return {
    name,
    regex,
    handle(match, data, context) {
      const [text, index, textHandled] = bracketText(data, end(match));
      if (!textHandled)
        return [null, null, null];
      let id;
      let idEnd = index;
      if (short)
        id = text.toLowerCase();
      else {
        const idMatch = matchAt2(REFERENCE_ID, data, index);
        if (!idMatch)
          return [null, null, null];
        id = idMatch[1].toLowerCase() || text.toLowerCase();
        idEnd = end(idMatch);
      }
      const target = context.references.get(id.replace(SPACE_RUN, " "));
      if (!target)
        return [null, match.index, idEnd];
      return [linkElement(tag, target.href, target.title || null, text, context), match.index, idEnd];
    }
  };
}
var autolink = {
  name: "autolink",
  regex: /<((?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?:\/\/[^<>]*)>/gsu,
  handle(match, _data, context) {
    const link = new Element("a");
    link.attributes.set("href", context.unescape(match[1]));
    link.setText(match[1], true);
    return [link, match.index, end(match)];
  }
};
var automail = {
  name: "automail",
  regex: /<([^<> !]+@[^@<> ]+)>/gsu,
  handle(match, _data, context) {
    let email = context.unescape(match[1]);
    if (email.startsWith("mailto:"))
      email = email.slice("mailto:".length);
    const letters = [...email].map((letter) => {
      const code = letter.codePointAt(0);
      const entity = CODEPOINT_TO_ENTITY.get(code);
      return entity ? `${AMP_SUBSTITUTE}${entity};` : `${AMP_SUBSTITUTE}#${code};`;
    });
    const link = new Element("a");
    link.setText(letters.join(""), true);
    link.attributes.set("href", [...`mailto:${email}`].map((letter) => `${AMP_SUBSTITUTE}#${letter.codePointAt(0)};`).join(""));
    return [link, match.index, end(match)];
  }
};
var lineBreak = {
  name: "linebreak",
  regex: / {2}\n/gsu,
  handle: (match) => [new Element("br"), match.index, end(match)]
};
function rawHtml(name, regex, dialect) {
  const keep = dialect.rawHtmlUnescapesEscapes ? (html) => unescapeText(html) : (html) => html;
  return {
    name,
    regex,
    handle: (match, _data, context) => [context.htmlStash.store(keep(context.unescapeHtml(match[1]))), match.index, end(match)]
  };
}
function notStrong(dialect) {
  return {
    name: "not_strong",
    regex: dialect.notStrong,
    handle: (match) => [match[1], match.index, end(match)]
  };
}
function form(source, builder, tags) {
  return { pattern: new RegExp(source, "suy"), builder, tags: tags.split(",") };
}
function emphasis(name, marker, forms) {
  const markerAt = new RegExp(marker, "suy");
  function subPatterns(data, parent, lastChild, formIndex) {
    let last = lastChild;
    let offset = 0;
    let pos = 0;
    const link = (text) => {
      if (!text)
        return;
      if (last)
        last.tail = text;
      else
        parent.setText(text);
    };
    while (pos < data.length) {
      if (!matchAt2(markerAt, data, pos)) {
        pos++;
        continue;
      }
      let matched = false;
      for (let index = formIndex + 1; index < forms.length; index++) {
        const match = matchAt2(forms[index].pattern, data, pos);
        if (!match)
          continue;
        link(data.slice(offset, match.index));
        const element = build(match, forms[index], index);
        parent.append(element);
        last = element;
        offset = pos = end(match);
        matched = true;
      }
      if (!matched)
        pos++;
    }
    link(data.slice(offset));
  }
  function build(match, { builder, tags }, index) {
    const outer = new Element(tags[0]);
    if (builder === "single") {
      subPatterns(match[2], outer, null, index);
      return outer;
    }
    const inner = new Element(tags[1]);
    if (builder === "double") {
      subPatterns(match[2], inner, null, index);
      outer.append(inner);
      subPatterns(match[3], outer, inner, index);
    } else {
      subPatterns(match[2], outer, null, index);
      outer.append(inner);
      subPatterns(match[3], inner, null, index);
    }
    return outer;
  }
  return {
    name,
    regex: new RegExp(marker, "gsu"),
    handle(match, data) {
      for (let index = 0; index < forms.length; index++) {
        const found = matchAt2(forms[index].pattern, data, match.index);
        if (found)
          return [build(found, forms[index], index), found.index, end(found)];
      }
      return [null, null, null];
    }
  };
}
var asterisks = emphasis("em_strong", String.raw`\*`, [
  form(String.raw`(\*)\1{2}(.+?)\1(.*?)\1{2}`, "double", "strong,em"),
  form(String.raw`(\*)\1{2}(.+?)\1{2}(.*?)\1`, "double", "em,strong"),
  form(String.raw`(\*)\1(?!\1)([^*]+?)\1(?!\1)(.+?)\1{3}`, "double2", "strong,em"),
  form(String.raw`(\*{2})(.+?)\1`, "single", "strong"),
  form(String.raw`(\*)([^*]+)\1`, "single", "em")
]);
var underscores = emphasis("em_strong2", "_", [
  form(String.raw`(_)\1{2}(.+?)\1(.*?)\1{2}`, "double", "strong,em"),
  form(String.raw`(_)\1{2}(.+?)\1{2}(.*?)\1`, "double", "em,strong"),
  form(`${NOT_WORD_BEFORE}(_)\\1(?!\\1)(.+?)${NOT_WORD_BEFORE}\\1(?!\\1)(.+?)\\1{3}${NOT_WORD_AFTER}`, "double2", "strong,em"),
  form(`${NOT_WORD_BEFORE}(_{2})(?!_)(.+?)(?<!_)\\1${NOT_WORD_AFTER}`, "single", "strong"),
  form(`${NOT_WORD_BEFORE}(_)(?!_)(.+?)(?<!_)\\1${NOT_WORD_AFTER}`, "single", "em")
]);
var LINK_START = /(?<!!)\[/gsu;
var IMAGE_START = /!\[/gsu;
var built = /* @__PURE__ */ new Map();
function inlinePatterns(dialect) {
  let patterns = built.get(dialect);
  if (!patterns) {
    patterns = buildPatterns(dialect);
    built.set(dialect, patterns);
  }
  return patterns;
}
function buildPatterns(dialect) {
  return [
    backtick,
    backslashEscape,
    referenceLink("reference", LINK_START, "a", false),
    inlineLink("link", LINK_START, "a"),
    inlineLink("image_link", IMAGE_START, "img"),
    referenceLink("image_reference", IMAGE_START, "img", false),
    referenceLink("short_reference", LINK_START, "a", true),
    referenceLink("short_image_ref", IMAGE_START, "img", true),
    autolink,
    automail,
    lineBreak,
    rawHtml("html", dialect.inlineHtml, dialect),
    rawHtml("entity", /(&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z0-9]+);)/gsu, dialect),
    notStrong(dialect),
    asterisks,
    underscores
  ];
}

// packages/handin-markdown/dist/serializer.js
var HTML_EMPTY = /* @__PURE__ */ new Set(["area", "base", "basefont", "br", "col", "frame", "hr", "img", "input", "isindex", "link", "meta", "param"]);
var LONE_AMPERSAND = /&(?!(?:#[0-9]+|#x[0-9a-f]+|[0-9a-z]+);)/giu;
function escapeText(text) {
  let escaped = text;
  if (escaped.includes("&"))
    escaped = escaped.replace(LONE_AMPERSAND, "&amp;");
  return escaped.replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
function escapeAttribute(text) {
  return escapeText(text).replaceAll('"', "&quot;");
}
function write(out, element) {
  const tag = element.tag;
  out.push(`<${tag}`);
  const names = [...element.attributes.keys()].sort();
  for (const name of names)
    out.push(` ${name}="${escapeAttribute(element.attributes.get(name))}"`);
  const lower = tag.toLowerCase();
  if (HTML_EMPTY.has(lower)) {
    out.push(" />");
  } else {
    out.push(">");
    if (element.text)
      out.push(lower === "script" || lower === "style" ? element.text : escapeText(element.text));
    for (const child of element.children)
      write(out, child);
    out.push(`</${tag}>`);
  }
  if (element.tail)
    out.push(escapeText(element.tail));
}
function serializeXhtml(element) {
  const out = [];
  write(out, element);
  return out.join("");
}

// packages/handin-markdown/dist/inline-tree.js
var PLACEHOLDER2 = new RegExp(`${INLINE_PLACEHOLDER_PREFIX}([0-9]+)${ETX}`, "g");
var InlineTreeProcessor = class {
  references;
  htmlStash;
  dialect;
  stashed = /* @__PURE__ */ new Map();
  patterns;
  constructor(references, htmlStash, dialect) {
    this.references = references;
    this.htmlStash = htmlStash;
    this.dialect = dialect;
    this.patterns = inlinePatterns(dialect);
  }
  unescape(text) {
    return text.replace(PLACEHOLDER2, (_whole, id) => {
      const value = this.stashed.get(id);
      if (value === void 0)
        return "";
      return typeof value === "string" ? value : [...value.itertext()].join("");
    });
  }
  unescapeHtml(text) {
    return text.replace(PLACEHOLDER2, (_whole, id) => {
      const value = this.stashed.get(id);
      if (value === void 0)
        return "";
      if (typeof value === "string")
        return `\\${value}`;
      const html = serializeXhtml(value);
      return this.dialect.rawHtmlResolvesNestedPlaceholders ? this.unescapeHtml(html) : html;
    });
  }
  run(root) {
    const stack = [root];
    let head = 0;
    while (stack.length > head) {
      const current = this.dialect.inlineTreeInOrder ? stack[head++] : stack.pop();
      const insertQueue = [];
      for (let index = 0; index < current.children.length; index++) {
        const child = current.children[index];
        if (child.text && !child.atomic) {
          const text = child.text;
          child.setText(null);
          const made = this.processPlaceholders(this.handleInline(text, false), child, true, false);
          for (const element of made)
            stack.push(element);
          insertQueue.push([child, made]);
        }
        if (child.tail) {
          const tail = this.handleInline(child.tail, false);
          const holder = new Element("d");
          child.tail = null;
          const made = this.processPlaceholders(tail, holder, false, false);
          if (holder.tail)
            child.tail = holder.tail;
          const position = current.children.indexOf(child) + 1;
          for (const element of made.reverse())
            current.insert(position, element);
        }
        if (child.children.length)
          stack.push(child);
      }
      for (const [element, made] of insertQueue) {
        made.forEach((child, position) => {
          element.insert(position, child);
        });
      }
    }
  }
  stash(node) {
    const id = String(this.stashed.size).padStart(4, "0");
    this.stashed.set(id, node);
    return inlinePlaceholder(id);
  }
  /** `__handleInline`: every pattern from `patternIndex` on, each until it no longer matches. */
  handleInline(data, atomic, patternIndex = 0) {
    if (atomic)
      return data;
    let text = data;
    let startIndex = 0;
    let index = patternIndex;
    while (index < this.patterns.length) {
      const [next, matched, nextStart] = this.applyPattern(this.patterns[index], text, index, startIndex);
      text = next;
      startIndex = nextStart;
      if (!matched)
        index++;
    }
    return text;
  }
  applyPattern(pattern, data, patternIndex, from) {
    let startIndex = from;
    let found = null;
    const regex = pattern.regex;
    let searchAt = startIndex;
    while (searchAt <= data.length) {
      regex.lastIndex = searchAt;
      const match = regex.exec(data);
      if (!match)
        break;
      const matchEnd = match.index + match[0].length;
      searchAt = matchEnd > match.index ? matchEnd : matchEnd + 1;
      const [node2, start2, end3] = pattern.handle(match, data, this);
      if (start2 === null || end3 === null) {
        startIndex += matchEnd;
        continue;
      }
      found = { node: node2, start: start2, end: end3 };
      break;
    }
    if (!found)
      return [data, false, 0];
    const { node, start, end: end2 } = found;
    if (node === null)
      return [data, true, end2];
    if (typeof node !== "string" && !node.atomic) {
      for (const child of [node, ...node.children]) {
        if (child.text)
          child.text = this.handleInline(child.text, child.atomic, patternIndex + 1);
        if (child.tail)
          child.tail = this.handleInline(child.tail, false, patternIndex);
      }
    }
    return [data.slice(0, start) + this.stash(node) + data.slice(end2), true, 0];
  }
  /** `__processPlaceholders`: the text with its placeholders turned back into elements. */
  processPlaceholders(data, parent, isText, atomic) {
    const result = [];
    const linkText = (text, textAtomic = false) => {
      if (!text)
        return;
      const last = result[result.length - 1];
      if (last)
        last.tail = last.tail ? last.tail + text : text;
      else if (!isText)
        parent.tail = parent.tail ? parent.tail + text : text;
      else if (parent.text)
        parent.setText(parent.text + text);
      else
        parent.setText(text, textAtomic);
    };
    let startIndex = 0;
    while (true) {
      const index = data.indexOf(INLINE_PLACEHOLDER_PREFIX, startIndex);
      if (index === -1) {
        linkText(data.slice(startIndex), atomic);
        return result;
      }
      PLACEHOLDER2.lastIndex = index;
      const placeholder = PLACEHOLDER2.exec(data);
      const id = placeholder?.[1];
      const node = id === void 0 ? void 0 : this.stashed.get(id);
      if (node === void 0) {
        const end2 = index + INLINE_PLACEHOLDER_PREFIX.length;
        linkText(data.slice(startIndex, end2));
        startIndex = end2;
        continue;
      }
      if (index > 0)
        linkText(data.slice(startIndex, index));
      const placeholderEnd = placeholder.index + placeholder[0].length;
      if (typeof node === "string") {
        linkText(node);
        startIndex = placeholderEnd;
        continue;
      }
      for (const child of [node, ...node.children]) {
        if (child.tail && strip(child.tail))
          this.processElementText(node, child, false);
        if (child.text && strip(child.text))
          this.processElementText(child, child, true);
      }
      startIndex = placeholderEnd;
      result.push(node);
    }
  }
  processElementText(node, subnode, isText) {
    let text;
    let atomic = false;
    if (isText) {
      text = subnode.text;
      atomic = subnode.atomic;
      subnode.setText(null);
    } else {
      text = subnode.tail;
      subnode.tail = null;
    }
    const made = this.processPlaceholders(text, subnode, isText, atomic);
    const position = !isText && node !== subnode ? node.children.indexOf(subnode) + 1 : 0;
    for (const element of made.reverse())
      node.insert(position, element);
  }
};

// packages/handin-markdown/dist/postprocessors.js
var ANY_PLACEHOLDER = htmlPlaceholder("([0-9]+)");
var PLACEHOLDER3 = new RegExp(`<p>${ANY_PLACEHOLDER}</p>|${ANY_PLACEHOLDER}`, "g");
var TAG_NAME = /^<\/?([^ >]+)/;
function isBlockLevelHtml(html, dialect) {
  const match = TAG_NAME.exec(html);
  if (!match)
    return false;
  return "!?@%".includes(match[1][0]) || isBlockLevel(match[1], dialect);
}
function restoreRawHtml(text, stash, dialect) {
  if (!stash.rawHtmlBlocks.length)
    return text;
  return dialect.rawHtmlRestoredRecursively ? restoreRecursively(text, stash, dialect) : restoreInPasses(text, stash, dialect);
}
function restoreInPasses(text, stash, dialect) {
  const replacements = /* @__PURE__ */ new Map();
  stash.rawHtmlBlocks.forEach((html, index) => {
    if (isBlockLevelHtml(html, dialect))
      replacements.set(`<p>${htmlPlaceholder(index)}</p>`, html);
    replacements.set(htmlPlaceholder(index), html);
  });
  let current = text;
  for (let round = 0; round <= stash.rawHtmlBlocks.length; round++) {
    const next = current.replace(PLACEHOLDER3, (key) => {
      const html = replacements.get(key);
      if (html !== void 0)
        return html;
      const inner = replacements.get(key.slice(3, -4));
      return inner === void 0 ? key : `<p>${inner}</p>`;
    });
    if (next === current)
      return next;
    current = next;
  }
  return current;
}
function restoreRecursively(text, stash, dialect) {
  const substitute = (whole, wrapped, bare) => {
    const key = Number(wrapped ?? bare);
    if (key >= stash.rawHtmlBlocks.length)
      return whole;
    const html = stash.rawHtmlBlocks[key];
    if (wrapped === void 0 || isBlockLevelHtml(html, dialect))
      return html.replace(PLACEHOLDER3, substitute);
    return `<p>${html}</p>`.replace(PLACEHOLDER3, substitute);
  };
  return text.replace(PLACEHOLDER3, substitute);
}
function restoreAmpersands(text) {
  return text.replaceAll(AMP_SUBSTITUTE, "&");
}

// packages/handin-markdown/dist/markdown.js
function normalizeWhitespace(source) {
  const text = source.replaceAll(STX, "").replaceAll(ETX, "").replace(/\r\n?/g, "\n");
  return expandTabs(`${text}

`, 4).replace(/(?<=\n) +\n/g, "\n");
}
function extractHtmlBlocks(source, stash, dialect) {
  const extractor = new HtmlExtractor(stash, dialect);
  extractor.feed(source);
  extractor.close();
  return extractor.cleandoc.join("");
}
function renderPythonMarkdown(source, options = {}) {
  const dialect = dialectOf(options.version);
  if (!strip(source))
    return "";
  const stash = new HtmlStash();
  const text = extractHtmlBlocks(normalizeWhitespace(source), stash, dialect);
  const parser = new BlockParser(dialect);
  const root = parser.parseDocument(text.split("\n"));
  new InlineTreeProcessor(parser.references, stash, dialect).run(root);
  prettify(root, dialect);
  unescapeEscapes(root);
  const document = serializeXhtml(root);
  const start = document.indexOf("<div>") + "<div>".length;
  const end2 = document.lastIndexOf("</div>");
  const body = strip(document.slice(start, end2));
  return strip(restoreAmpersands(restoreRawHtml(body, stash, dialect)));
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

// packages/cli/dist/course/csv-field.js
function csvField(value) {
  const text = /^(?:[=+@\t\r]|-(?!\d))/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// packages/cli/dist/course/checklist-output.js
function checklistEntries(evidence) {
  return evidence.map((entry) => ({
    module: entry.module,
    item: entry.item.text,
    mark: entry.item.mark,
    ticked: entry.item.checked,
    line: entry.item.start.line,
    rule: entry.rule,
    evidence: entry.evidence,
    files: entry.files,
    more_files: entry.moreFiles,
    looked_for: entry.lookedFor,
    missing: entry.missing
  }));
}
function checklistJson(evidence) {
  return `${JSON.stringify(checklistEntries(evidence), null, 2)}
`;
}
var COLUMNS = ["group", "module", "item", "ticked", "evidence", "files"];
function checklistCsv(groups) {
  const lines = [COLUMNS.join(",")];
  for (const { group, checklist } of groups) {
    for (const entry of checklist) {
      const files = entry.files.join("; ") + (entry.moreFiles > 0 ? `; and ${entry.moreFiles} more` : "");
      lines.push([group, entry.module ?? "", entry.item.text, entry.item.checked ? "yes" : "no", entry.evidence, files].map(csvField).join(","));
    }
  }
  return `${lines.join("\r\n")}\r
`;
}

// packages/cli/dist/course/blob-size-cache.js
import { readFileSync as readFileSync3, renameSync as renameSync2, writeFileSync as writeFileSync3 } from "node:fs";
import { join as join5 } from "node:path";
var FILE = "mlops-report-blob-sizes";
var HEADER = "mlops-report blob sizes 1";
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function cachedBlobSizes(mirror, commit) {
  let text;
  try {
    text = readFileSync3(join5(mirror, FILE), "utf8");
  } catch {
    return null;
  }
  const lines = text.split("\n");
  if (lines[0] !== HEADER || lines[1] !== commit || lines.at(-1) !== "")
    return null;
  const sizes = /* @__PURE__ */ new Map();
  for (const line of lines.slice(2, -1)) {
    const [sha, size] = line.split(" ");
    if (!sha || !SHA.test(sha) || !size || !/^\d+$/.test(size))
      return null;
    sizes.set(sha, Number(size));
  }
  return sizes;
}
function keepBlobSizes(mirror, commit, sizes) {
  const lines = [HEADER, commit, ...[...sizes].map(([sha, size]) => `${sha} ${size}`), ""];
  const path = join5(mirror, FILE);
  try {
    writeFileSync3(`${path}.tmp`, lines.join("\n"));
    renameSync2(`${path}.tmp`, path);
  } catch {
  }
}

// packages/cli/dist/course/repo-figures.js
var NO_FIGURES = {
  num_contributors: null,
  num_prs: null,
  num_commits_to_main: null,
  average_commit_length_to_main: null,
  latest_commit: null,
  average_commit_length: null,
  contributions_per_contributor: null,
  total_commits: null,
  activity_matrix: null,
  num_docker_files: null,
  num_python_files: null,
  num_workflow_files: null,
  has_requirements_file: null,
  has_cloudbuild: null,
  using_dvc: null,
  repo_size: null,
  readme_length: null,
  actions_passing: null
};
var FIGURE_NAMES = Object.keys(NO_FIGURES);
function figuresOf(row) {
  return Object.fromEntries(FIGURE_NAMES.map((name) => [name, row[name]]));
}
function treeFigures(entries) {
  const paths = entries.map((entry) => entry.path);
  return {
    num_docker_files: paths.filter(scraperPaths.dockerFile).length,
    num_python_files: paths.filter(scraperPaths.pythonFile).length,
    num_workflow_files: paths.filter(scraperPaths.workflowFile).length,
    has_requirements_file: paths.some(scraperPaths.requirementsFile),
    has_cloudbuild: paths.some(scraperPaths.cloudbuild),
    using_dvc: paths.some(scraperPaths.dvc)
  };
}
function repoSize(entries, sizes) {
  let bytes = 0;
  for (const entry of entries) {
    if (entry.type !== "blob")
      continue;
    const size = sizes.get(entry.sha);
    if (size === void 0)
      return null;
    bytes += size;
  }
  return bytes / 1024 ** 2;
}
var SECONDS_PER_DAY = 86400;
var WEEK = 7 * SECONDS_PER_DAY;
function activityMatrix(committerTimes) {
  if (committerTimes.length === 0)
    return [];
  const times = [...committerTimes].sort((a, b) => a - b);
  const start = times[0];
  const end2 = Math.max(start + WEEK, Math.min(start + 3 * WEEK, times.at(-1)));
  const days = Math.floor((end2 - start) / SECONDS_PER_DAY) + 1;
  const matrix = Array.from({ length: days }, () => new Array(24).fill(0));
  for (const time of times) {
    if (time < start || time > end2)
      continue;
    const hour = (Math.floor(time / 3600) % 24 + 24) % 24;
    matrix[Math.floor((time - start) / SECONDS_PER_DAY)][hour]++;
  }
  return matrix;
}
function messageLength(message) {
  let length = 0;
  for (const _ of message.trimEnd())
    length++;
  return length;
}
function mergedPullRequest(message) {
  const subject = message.split("\n", 1)[0].trim();
  const number = /^Merge pull request #(\d+)\b/.exec(subject)?.[1] ?? /\(#(\d+)\)$/.exec(subject)?.[1];
  return number === void 0 ? null : Number(number);
}
function apiTime(seconds) {
  const date = new Date(seconds * 1e3);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function commitFigures(commits) {
  const byContributor = /* @__PURE__ */ new Map();
  for (const commit of commits) {
    const contributor = commit.email.toLowerCase();
    byContributor.set(contributor, (byContributor.get(contributor) ?? 0) + 1);
  }
  const pullRequests = new Set(commits.map((commit) => mergedPullRequest(commit.message)).filter((number) => number !== null));
  const averageLength = commits.length === 0 ? null : commits.reduce((sum, commit) => sum + messageLength(commit.message), 0) / commits.length;
  return {
    num_contributors: byContributor.size,
    num_prs: pullRequests.size,
    num_commits_to_main: commits.length,
    average_commit_length_to_main: averageLength,
    latest_commit: commits[0] === void 0 ? null : apiTime(commits[0].authored),
    average_commit_length: averageLength,
    contributions_per_contributor: [...byContributor.values()].sort((a, b) => b - a),
    total_commits: commits.length,
    activity_matrix: activityMatrix(commits.map((commit) => commit.committed))
  };
}
function rootReadme(entries) {
  const candidates = entries.filter((entry) => entry.type === "blob" && entry.mode !== "120000" && /^readme(\.[^./]+)?$/i.test(entry.path));
  const rank = (entry) => entry.path === "README.md" ? 0 : /\.md$/i.test(entry.path) ? 1 : 2;
  return candidates.sort((a, b) => rank(a) - rank(b) || (a.path < b.path ? -1 : 1))[0] ?? null;
}
function readmeLength(text) {
  return renderPythonMarkdown(text).split(/\s+/).filter((word) => word !== "").length;
}

// packages/cli/dist/course/read-repo-figures.js
var README_LIMIT = 1024 * 1024;
async function readTreeBlobs(mirror, commit, entries) {
  const kept = cachedBlobSizes(mirror, commit);
  if (kept !== null)
    return { lost: { unavailable: /* @__PURE__ */ new Set(), reason: null }, sizes: kept };
  const lost = await fetchTreeBlobs(mirror, commit);
  const sizes = await blobSizes(mirror, entries.filter((entry) => entry.type === "blob" && !lost.unavailable.has(entry.sha)).map((entry) => entry.sha));
  if (lost.unavailable.size === 0)
    keepBlobSizes(mirror, commit, sizes);
  return { lost, sizes };
}
function readmeToRead(entries, { lost, sizes }) {
  const readme = rootReadme(entries);
  if (readme === null || lost.unavailable.has(readme.sha))
    return null;
  const size = sizes.get(readme.sha);
  return size !== void 0 && size > README_LIMIT ? null : readme.sha;
}
function readmeWords(name, content, notes2) {
  if (content === void 0) {
    notes2.push(`readme_length unknown: the remote could not serve ${name}`);
    return null;
  }
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(content);
  } catch {
    notes2.push(`readme_length unknown: ${name} is not UTF-8`);
    return null;
  }
  try {
    return readmeLength(text);
  } catch (error) {
    if (!(error instanceof PythonMarkdownFailure))
      throw error;
    notes2.push(`readme_length unknown: ${name} cannot be rendered (${error.message})`);
    return null;
  }
}
async function readRepoFigures(mirror, commit, entries, { lost, sizes }, contents) {
  const notes2 = [];
  const blobs = entries.filter((entry) => entry.type === "blob");
  const size = repoSize(entries, sizes);
  if (size === null) {
    const missing = blobs.filter((entry) => !sizes.has(entry.sha)).length;
    notes2.push(`repo_size unknown: the remote could not serve ${missing} of the ${blobs.length} files (${lost.reason})`);
  }
  let fromCommits = {};
  try {
    const mailmap = entries.find((entry) => entry.path === ".mailmap" && entry.type === "blob");
    const mailmapLost = mailmap !== void 0 && lost.unavailable.has(mailmap.sha);
    if (mailmapLost)
      notes2.push("contributors counted without the .mailmap: the remote could not serve it");
    fromCommits = commitFigures(await commitLog(mirror, commit, { mailmap: !mailmapLost }));
    if (fromCommits.latest_commit === null)
      notes2.push("latest_commit unknown: its author date is out of range");
  } catch (error) {
    if (!(error instanceof GitFailure))
      throw error;
    notes2.push(`commit figures unknown: ${error.message}`);
  }
  const readme = rootReadme(entries);
  let readme_length = 0;
  if (readme !== null) {
    if (lost.unavailable.has(readme.sha)) {
      notes2.push(`readme_length unknown: the remote could not serve ${readme.path}`);
      readme_length = null;
    } else if ((sizes.get(readme.sha) ?? 0) > README_LIMIT) {
      notes2.push(`readme_length unknown: ${readme.path} is over 1 MiB`);
      readme_length = null;
    } else
      readme_length = readmeWords(readme.path, (await contents).get(readme.sha), notes2);
  }
  return { figures: { ...NO_FIGURES, ...fromCommits, ...treeFigures(entries), repo_size: size, readme_length }, notes: notes2 };
}

// packages/cli/dist/course/read-repository-snapshot.js
var utf82 = new TextDecoder("utf-8", { fatal: true });
function snapshotTexts(entries, sizes) {
  return entries.filter((entry) => {
    if (entry.type !== "blob" || entry.mode === "120000" || !wantsText(entry.path))
      return false;
    const size = sizes.get(entry.sha);
    return size !== void 0 && size <= EVIDENCE_TEXT_LIMIT;
  });
}
function repositorySnapshot(entries, sizes, contents) {
  const texts = /* @__PURE__ */ new Map();
  for (const entry of snapshotTexts(entries, sizes)) {
    const content = contents.get(entry.sha);
    if (content === void 0)
      continue;
    try {
      texts.set(entry.path, utf82.decode(content));
    } catch {
    }
  }
  return { paths: entries.map((entry) => entry.path), texts };
}

// packages/cli/dist/course/stage-times.js
var StageTimes = class {
  #totals = /* @__PURE__ */ new Map();
  async time(stage, work) {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.#add(stage, started);
    }
  }
  timeSync(stage, work) {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.#add(stage, started);
    }
  }
  #add(stage, started) {
    this.#totals.set(stage, (this.#totals.get(stage) ?? 0) + performance.now() - started);
  }
  /** One line: `stage times (summed over groups): mirror 12.3 s, tree 0.4 s, …`. */
  describe() {
    const parts = [...this.#totals].map(([stage, ms]) => `${stage} ${(ms / 1e3).toFixed(1)} s`);
    return `stage times (summed over groups): ${parts.join(", ")}`;
  }
};
var untimed = {
  time: (_stage, work) => work(),
  timeSync: (_stage, work) => work()
};

// packages/cli/dist/course/judge-group.js
function unjudgedRow({ group, repo, number, size }, error = null) {
  return {
    group,
    repo,
    group_number: number,
    group_size: size,
    commit: null,
    committed: null,
    passed: null,
    total: null,
    failing: [],
    warnings: null,
    similar: null,
    error,
    ...NO_FIGURES,
    figures_note: null,
    checklist_items: null,
    checklist_ticked: null,
    checklist_unsupported: null
  };
}
var REPORTS = "reports";
var LINK_DEPTH = 8;
function plainFiles(entries) {
  const files = /* @__PURE__ */ new Map();
  for (const entry of entries)
    if (entry.type === "blob" && entry.mode !== "120000")
      files.set(entry.path, entry.sha);
  return files;
}
async function followLinks(entries, mirror, files) {
  const links = entries.filter((entry) => entry.type === "blob" && entry.mode === "120000");
  if (links.length === 0)
    return;
  const byPath2 = new Map(entries.map((entry) => [entry.path, entry]));
  const targets = await readBlobs(mirror, links.map((link) => link.sha));
  const targetOf = (entry) => {
    const target = targets.get(entry.sha)?.toString("utf8") ?? "";
    if (target === "" || posix.isAbsolute(target))
      return null;
    const path = posix.normalize(posix.join(posix.dirname(entry.path), target));
    return path.startsWith(`${REPORTS}/`) ? path : null;
  };
  for (const link of links) {
    let current = link;
    for (let depth = 0; current?.mode === "120000" && depth < LINK_DEPTH; depth++) {
      const path = targetOf(current);
      current = path === null ? void 0 : byPath2.get(path);
    }
    if (current && current.type === "blob" && current.mode !== "120000")
      files.set(link.path, current.sha);
  }
}
async function judgeGroup(entry, mirror, out, options) {
  const row = unjudgedRow(entry);
  const folder = join6(out, entry.group);
  rmSync3(folder, { recursive: true, force: true });
  const clock = options.times ?? untimed;
  const commit = await clock.time("tree", () => commitAtDeadline(mirror, options.deadline));
  if (!commit)
    return { ...row, error: `no commit on the default branch at or before ${options.deadline.toISOString()}` };
  row.commit = commit.sha;
  row.committed = commit.committed;
  mkdirSync(folder, { recursive: true });
  writeCourseCommit(folder, { repo: entry.repo, commit: commit.sha, committed: commit.committed, deadline: options.deadline.toISOString() });
  const tree = await clock.time("tree", () => listTree(mirror, commit.sha));
  const treeBlobs = await clock.time("figures", () => readTreeBlobs(mirror, commit.sha, tree));
  const { lost, sizes } = treeBlobs;
  const entries = tree.filter((entry2) => entry2.path.startsWith(`${REPORTS}/`));
  const files = plainFiles(entries);
  const targets = /* @__PURE__ */ new Map();
  const reportError = await clock.time("report files", async () => {
    const lostReports = entries.filter((entry2) => lost.unavailable.has(entry2.sha)).map((entry2) => entry2.path);
    if (lostReports.length > 0)
      return `the remote could not serve ${lostReports.join(", ")} (${lost.reason})`;
    await followLinks(entries, mirror, files);
    if (files.size === 0)
      return `no ${REPORTS}/ folder at commit ${commit.sha.slice(0, 12)}`;
    for (const path of files.keys())
      targets.set(path, targetInside(folder, path));
    const refused = [...targets].filter(([, target]) => target === null).map(([path]) => JSON.stringify(path));
    return refused.length > 0 ? `its tree names ${refused.join(", ")}, which git would never check out: nothing of it written` : null;
  });
  const wanted = /* @__PURE__ */ new Set();
  const readme = readmeToRead(tree, treeBlobs);
  if (readme !== null)
    wanted.add(readme);
  if (reportError === null) {
    for (const sha of files.values())
      wanted.add(sha);
    for (const text2 of snapshotTexts(tree, sizes))
      wanted.add(text2.sha);
  }
  const reading = clock.time("blobs", () => readBlobs(mirror, [...wanted]));
  const [contents, { figures, notes: notes2 }] = await Promise.all([reading, clock.time("figures", () => readRepoFigures(mirror, commit.sha, tree, treeBlobs, reading))]);
  Object.assign(row, figures, { figures_note: notes2.length > 0 ? notes2.join("; ") : null });
  if (reportError !== null)
    return { ...row, error: reportError };
  for (const [path, sha] of files) {
    const target = targets.get(path);
    mkdirSync(dirname3(target), { recursive: true });
    writeFileSync4(target, contents.get(sha) ?? Buffer.alloc(0));
  }
  const readmeSha = files.get(`${REPORTS}/README.md`);
  if (!readmeSha)
    return { ...row, error: `no ${REPORTS}/README.md at commit ${commit.sha.slice(0, 12)}` };
  let text;
  try {
    text = decodeReport(join6(entry.group, REPORTS, "README.md"), contents.get(readmeSha) ?? Buffer.alloc(0));
  } catch (error) {
    if (!isReportInputError(error))
      throw error;
    return { ...row, error: error.message };
  }
  const beside = [...files.keys()].map((path) => path.slice(REPORTS.length + 1));
  const result = clock.timeSync("check", () => checkReport(text, { files: beside, pythonMarkdown: options.pythonMarkdown, mends: false }));
  const json = toJson(`${entry.group}/${REPORTS}/README.md`, result);
  writeFileSync4(join6(folder, "check.json"), `${JSON.stringify(json, null, 2)}
`);
  const checklist = clock.timeSync("checklist", () => checklistEvidence(result.checklist, repositorySnapshot(tree, sizes, contents)));
  const { items, ticked, unsupported } = checklistFigures(checklist);
  Object.assign(row, { checklist_items: items, checklist_ticked: ticked, checklist_unsupported: unsupported });
  writeFileSync4(join6(folder, "checklist.json"), checklistJson(checklist));
  options.onJudged?.({ report: { name: entry.group, text, checked: result }, questions: json.questions, checklist });
  row.warnings = clock.timeSync("check", () => countCheckerWarnings(result.checkedAs === 31 ? result : checkReport(text, { generation: 31, mends: false })));
  let noHandin = null;
  try {
    const page = clock.timeSync("hand-in", () => renderPythonMarkdown(handinSource(text), { version: options.pythonMarkdown }));
    writeFileSync4(join6(folder, "report.html"), page);
  } catch (error) {
    if (!(error instanceof PythonMarkdownFailure))
      throw error;
    noHandin = `report.py html makes no page: ${error.message}`;
  }
  if (result.officialError !== null) {
    return { ...row, error: [`the course checker stops: ${result.officialError}`, noHandin].filter(Boolean).join("; ") };
  }
  row.passed = result.passed;
  row.total = result.total;
  row.failing = result.questions.filter((question) => question.pass !== true).map((question) => question.number);
  return noHandin === null ? row : { ...row, error: noHandin };
}

// packages/cli/dist/course/summary.js
var FIGURE_COLUMNS = FIGURE_NAMES.filter((name) => name !== "activity_matrix");
var COLUMNS2 = [
  "group",
  "repo",
  "commit",
  "committed",
  "passed",
  "total",
  "failing",
  "warnings",
  "similar",
  "error",
  "group_number",
  "group_size",
  ...FIGURE_COLUMNS,
  "figures_note",
  "checklist_items",
  "checklist_ticked",
  "checklist_unsupported"
];
function summaryJson(rows) {
  return `${JSON.stringify(rows, null, 2)}
`;
}
function summaryCsv(rows) {
  const lines = [COLUMNS2.join(",")];
  for (const row of rows) {
    lines.push(COLUMNS2.map((column) => {
      const value = row[column];
      if (value === null)
        return "";
      return csvField(Array.isArray(value) ? value.join(" ") : String(value));
    }).join(","));
  }
  return `${lines.join("\r\n")}\r
`;
}
function repoStatsJson(rows) {
  const stats = rows.map((row, index) => ({
    group_number: row.group_number ?? index + 1,
    group_size: row.group_size ?? 0,
    ...figuresOf(row),
    num_warnings: row.warnings
  }));
  return `${JSON.stringify(stats)}
`;
}
var QUESTION_COLUMNS = ["group", "question", "words", "word_range", "images", "image_range", "pass", "shared_with"];
function range2(value) {
  return value === null ? "" : `${value[0]}-${value[1]}`;
}
function questionsCsv(groups, shared = []) {
  const sharedWith = /* @__PURE__ */ new Map();
  const note = (group, question, other) => {
    const key = `${group}\0${question}`;
    const set = sharedWith.get(key) ?? /* @__PURE__ */ new Set();
    set.add(other);
    sharedWith.set(key, set);
  };
  for (const entry of shared) {
    note(entry.report, entry.question, entry.other);
    note(entry.other, entry.question, entry.report);
  }
  const lines = [QUESTION_COLUMNS.join(",")];
  for (const { group, questions } of groups) {
    for (const question of questions ?? []) {
      const pass = question.pass === null ? "" : question.pass ? "yes" : "no";
      const others = [...sharedWith.get(`${group}\0${question.number}`) ?? []].join(" ");
      const cells = [
        group,
        String(question.number),
        String(question.words),
        range2(question.wordRange),
        String(question.images),
        range2(question.imageRange),
        pass,
        others
      ];
      lines.push(cells.map(csvField).join(","));
    }
  }
  return `${lines.join("\r\n")}\r
`;
}

// packages/cli/dist/course/course-command.js
import { compareReports, earlierReports, readComparable } from "../similar-command.js";
import { givenPaths } from "../given-paths.js";
var MARKER = ".mlops-report-course";
var ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
function parseDeadline(value) {
  if (value === void 0)
    return /* @__PURE__ */ new Date();
  const date = new Date(value);
  if (!ISO_WITH_OFFSET.test(value) || Number.isNaN(date.getTime())) {
    throw new UsageError(`--deadline must be an ISO 8601 time with its offset, such as 2026-01-23T23:59:00+01:00, not "${value}"`);
  }
  return date;
}
function parseJobs(value) {
  if (value === void 0)
    return Math.min(8, availableParallelism() * 2);
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${value}"`);
  return jobs;
}
function isRemote(input) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input) || /^[^/\\\s]+@[^/\\:\s]+:/.test(input);
}
function repositoriesGiven(inputs, cwd, io) {
  const negations = inputs.filter((input) => !isRemote(input) && isNegation(input));
  const repositories = inputs.flatMap((input) => {
    if (isRemote(input))
      return [input];
    if (isNegation(input))
      return [];
    return givenPaths([input, ...negations], io, { cwd });
  });
  if (repositories.length === 0)
    throw new UsageError(`no repository left to judge: ${inputs.map((input) => `'${input}'`).join(", ")} name none`);
  return repositories;
}
function readGroups(inputs, cwd, io) {
  if (inputs.length === 0)
    throw new UsageError("course needs the course's group_info.csv or one or more repositories");
  if (inputs.length === 1 && /\.csv$/i.test(inputs[0])) {
    const path = resolve3(cwd, inputs[0]);
    let text;
    try {
      text = readFileSync4(path, "utf8");
    } catch (error) {
      throw new UsageError(`${inputs[0]}: cannot read it (${error.code ?? "unknown error"})`);
    }
    return groupsFromCsv(text, inputs[0]);
  }
  return groupsFromRepositories(repositoriesGiven(inputs, cwd, io));
}
function groupFailure(error) {
  if (error instanceof GitFailure)
    return `repository unreadable: ${error.message}`;
  const message = error.message ?? String(error);
  return typeof error.code === "string" ? `its files could not be written: ${message}` : `could not be judged: ${message}`;
}
function prepareOut(out, shown) {
  if (existsSync2(out)) {
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new UsageError(`--out ${shown}: that folder holds files no earlier mlops-report course run made; name a new folder or empty this one`);
    }
  }
  mkdirSync2(join7(out, ".cache"), { recursive: true });
  writeFileSync5(join7(out, MARKER), "Made by mlops-report course; a later run replaces what it made here.\n");
}
async function inParallel(items, jobs, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
  return results;
}
function describeRow(row, mirror) {
  const fetched = mirror === null ? "" : ` (${mirror})`;
  if (row.error !== null)
    return `${row.group}: ${row.error}${fetched}`;
  const date = row.committed?.slice(0, 10) ?? "";
  return `${row.group}: ${row.passed}/${row.total} pass, ${row.warnings} warnings, commit ${row.commit?.slice(0, 7)} of ${date}${fetched}`;
}
async function runCourse(inputs, options, io) {
  const cwd = options.cwd ?? process.cwd();
  if (options.out === void 0)
    throw new UsageError("course needs --out <dir>: where the reports, hand-ins and summary go");
  const deadline = parseDeadline(options.deadline);
  const jobs = parseJobs(options.jobs);
  const groups = readGroups(inputs, cwd, io);
  if (!await gitIsInstalled())
    throw new ReportInputError("git is not installed (or not on PATH): course reads every repository with git. Install git and run it again.");
  const out = resolve3(cwd, options.out);
  prepareOut(out, options.out);
  const progress = options.progress ?? process.stderr.isTTY === true;
  let finished = 0;
  const times = process.env.MLOPS_REPORT_STAGE_TIMES ? new StageTimes() : void 0;
  const questions = /* @__PURE__ */ new Map();
  const compared = /* @__PURE__ */ new Map();
  const checklists = /* @__PURE__ */ new Map();
  const rows = await inParallel(groups, jobs, async (group) => {
    let mirrorOutcome = null;
    let row;
    if (group.repo === "")
      row = unjudgedRow(group, "no repository URL given");
    else {
      const mirror = join7(out, ".cache", `${group.group}.git`);
      try {
        mirrorOutcome = await (times ?? untimed).time("mirror", () => updateMirror(group.repo, mirror, cwd));
        row = await judgeGroup(group, mirror, out, {
          deadline,
          ...times ? { times } : {},
          pythonMarkdown: options.pythonMarkdown,
          onJudged: ({ report, questions: figures, checklist }) => {
            questions.set(group.group, figures);
            compared.set(group.group, report);
            checklists.set(group.group, checklist);
          }
        });
      } catch (error) {
        row = unjudgedRow(group, groupFailure(error));
      }
    }
    finished++;
    if (progress)
      io.err(`[${finished}/${groups.length}] ${describeRow(row, mirrorOutcome)}`);
    return row;
  });
  let shared = [];
  if (options.compareWith !== void 0 && options.compareWith.length > 0) {
    const named = earlierReports(options.compareWith, cwd, io);
    const earlier = readComparable(named.paths, io, named.names).reports;
    const current = rows.filter((row) => row.passed !== null && compared.has(row.group)).map((row) => compared.get(row.group));
    shared = compareReports(current, earlier, io).found;
    for (const row of rows) {
      if (row.passed === null)
        continue;
      row.similar = shared.filter((entry) => entry.report === row.group || entry.other === row.group).length;
    }
    writeForUser(join7(out, "similar.json"), `${JSON.stringify(shared, null, 2)}
`);
  }
  writeForUser(join7(out, "summary.json"), summaryJson(rows));
  writeForUser(join7(out, "summary.csv"), summaryCsv(rows));
  writeForUser(join7(out, "repo_stats.json"), repoStatsJson(rows));
  writeForUser(join7(out, "checklist.csv"), checklistCsv(rows.map((row) => ({ group: row.group, checklist: checklists.get(row.group) ?? [] }))));
  writeForUser(join7(out, "questions.csv"), questionsCsv(rows.map((row) => ({ group: row.group, questions: row.passed === null ? null : questions.get(row.group) ?? null })), shared));
  const unjudged = rows.filter((row) => row.error !== null).length;
  if (times)
    io.err(`mlops-report course: ${times.describe()}`);
  io.err(`mlops-report course: ${rows.length - unjudged} of ${rows.length} groups judged at ${deadline.toISOString()}${unjudged > 0 ? `, ${unjudged} could not be (see "error" in the summary)` : ""}; summary in ${join7(options.out, "summary.json")}`);
  return unjudged > 0 ? 1 : 0;
}
export {
  parseDeadline,
  runCourse
};
