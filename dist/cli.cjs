const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// packages/cli/dist/bin.js
var bin_exports = {};
__export(bin_exports, {
  start: () => start
});
module.exports = __toCommonJS(bin_exports);

// packages/cli/dist/main.js
var import_node_util = require("node:util");

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
function countPythonWords(text, start2 = 0, end = text.length) {
  const slice = start2 === 0 && end === text.length ? text : text.slice(start2, end);
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
function findOfficialImages(text, start2 = 0, end = text.length) {
  const matches = [];
  let from = start2;
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
function stripNewlines(text, start2, end) {
  while (start2 < end && text.charCodeAt(start2) === 10)
    start2++;
  while (end > start2 && text.charCodeAt(end - 1) === 10)
    end--;
  return { start: start2, end };
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
  let start2 = from;
  for (let index = text.indexOf(ANSWER_MARKER, from); index !== -1; index = text.indexOf(ANSWER_MARKER, index + ANSWER_MARKER.length)) {
    pieces.push({ start: start2, end: index });
    start2 = index + ANSWER_MARKER.length;
  }
  pieces.push({ start: start2, end: text.length });
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
function stopAt(find, start2, end) {
  const hashes = find.tripleHash(start2);
  const limit = hashes === -1 || hashes > end ? end : hashes;
  const doubleHash = find.doubleHash(start2);
  return doubleHash !== -1 && doubleHash + 2 <= limit ? doubleHash : limit;
}
function cutPiece(text, piece, find) {
  const hashes = find.tripleHash(piece.start);
  if (hashes === -1 || hashes + 3 > piece.end)
    return null;
  const cutAt = stopAt(find, piece.start, piece.end);
  const { start: start2, end } = stripNewlines(text, piece.start, cutAt);
  return { start: start2, end, pieceStart: piece.start, cutAt, cutBy: cutAt === hashes ? "###" : "##", wholeLastPiece: false };
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
function readAsAnswer(text, start2, end) {
  return stripNewlines(text, start2, stopAt(finders(text), start2, end));
}
function wholePiece(text, piece, isLastInFile) {
  const { start: start2, end } = stripNewlines(text, piece.start, piece.end);
  return {
    start: start2,
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
  const start2 = codePointOffset(text, 43);
  let hiddenOnGithubUntil = -1;
  COMMENT_OR_RAW_TEXT.lastIndex = start2;
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
      if (open === start2)
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
    const start2 = span.start + match.index;
    found.push({ kind, source, start: start2, end: start2 + match[0].length });
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
  for (let run2 = TILDES.exec(paragraph); run2; run2 = TILDES.exec(paragraph)) {
    const length = run2[0].length;
    if (length > 2)
      continue;
    const before = paragraph[run2.index - 1];
    const after = paragraph[run2.index + length];
    const leftFlanking = !whitespace(after) && (!punctuation(after) || whitespace(before) || punctuation(before));
    const rightFlanking = !whitespace(before) && (!punctuation(before) || whitespace(after) || punctuation(after));
    const opener = openers.findLastIndex((candidate) => candidate.length === length);
    if (rightFlanking && opener !== -1) {
      ranges.push([openers[opener].index, run2.index + length]);
      openers.length = opener;
    } else if (leftFlanking) {
      openers.push({ index: run2.index, length });
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
    const start2 = span.start + match.index;
    found.push({
      start: start2,
      end: start2 + match[0].length,
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
    const start2 = span.start + index;
    const fix = `<${url.startsWith("www.") ? `https://${url}` : url}>`;
    found.push({
      start: start2,
      end: start2 + url.length,
      message: `Bare URL \`${url}\`: GitHub makes it a link, the hand-in shows plain text`,
      note: `Write it as ${fix} or [text](${url}) to get a link in both.`,
      fix
    });
  }
  BARE_EMAIL.lastIndex = 0;
  for (let match = mayMail ? BARE_EMAIL.exec(masked) : null; match; match = BARE_EMAIL.exec(masked)) {
    if (!outside(match.index))
      continue;
    const start2 = span.start + match.index;
    found.push({
      start: start2,
      end: start2 + match[0].length,
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
  const markCode = (start2, end) => {
    const last = code.at(-1);
    if (last && last.end + 1 >= start2)
      last.end = end;
    else
      code.push({ start: start2, end });
  };
  const report = (start2, end, message, note, fix) => {
    const mend = mends && fix ? fix() : void 0;
    found.push(mend === void 0 ? { start: start2, end, message, note } : { start: start2, end, message, note, fix: mend });
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
  const startParagraph = (start2, atBlockStart2) => {
    paragraph.start = start2;
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
    const comment = (line, run2) => `<!--${line.trim().slice(run2.length)}-->`;
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
function structureDraft(start2, end, message, note, question = null) {
  return { ruleId: "template-structure", severity: rules["template-structure"].severity, official: true, question, start: start2, end, message, note };
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
  for (let start2 = FIRST_LINE_CANDIDATE.test(text) ? 0 : nextCandidate(0); start2 !== -1; ) {
    const end = lineEnd(text, start2);
    const isHash = text.charCodeAt(skipSpacesAndTabs(text, start2, end)) === HASH;
    if (fence) {
      if (!isHash) {
        const line = text.slice(start2, end);
        const close = FENCE_OPEN.exec(line);
        if (close && close[1].startsWith(fence.char) && close[1].length >= fence.length && line.trim() === close[1])
          fence = null;
      }
    } else if (!isHash) {
      const line = text.slice(start2, end);
      const open = FENCE_OPEN.exec(line);
      if (open && !(open[1][0] === "`" && line.slice(open[0].length).includes("`")))
        fence = { char: open[1][0], length: open[1].length };
    } else {
      const line = text.slice(start2, end);
      const heading = HEADING.exec(line);
      const initial = heading ? heading[2].charCodeAt(0) : LETTER_Q;
      const question = initial === LETTER_Q || initial === LETTER_LOWER_Q ? QUESTION_HEADING.exec(line) : null;
      if (heading || question) {
        const level = heading ? heading[1].length : /#+/.exec(line)?.[0].length ?? 3;
        const entry = { level, text: heading ? heading[2] : line.replace(/^\s*#+\s*/, ""), start: start2, end };
        headings.push(entry);
        if (question)
          questionNumbers.set(entry, Number(question[1]));
      }
    }
    start2 = nextCandidate(end);
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
function within(offsets, start2, end) {
  return offsets.slice(countBelow(offsets, start2), countBelow(offsets, end));
}
function isBlank(code) {
  return code === 32 || code >= 9 && code <= 13 || code === 160;
}
function trimBlankEdges(text, start2, end) {
  while (start2 < end && isBlank(text.charCodeAt(start2)))
    start2++;
  while (end > start2 && isBlank(text.charCodeAt(end - 1)))
    end--;
  return { start: start2, end };
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

// packages/core/dist/verdict-wording.js
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
    const status = question.pass === null ? "not found" : question.pass ? "pass" : "FAIL";
    return `  Q${String(question.number).padStart(2)}  ${status.padEnd(9)}  ${describeFigures(question)}`;
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

// packages/report-files/dist/repository-snapshot.js
var import_node_child_process = require("node:child_process");
var import_node_fs2 = require("node:fs");
var import_node_path3 = require("node:path");
var SAFETY = ["-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "core.untrackedCache=false"];
var utf8 = new TextDecoder("utf-8", { fatal: true });
function git(args, cwd, input) {
  const result = (0, import_node_child_process.spawnSync)("git", [...SAFETY, ...args], {
    cwd,
    input,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "ignore"],
    env: { ...process.env, GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0" }
  });
  return result.status === 0 ? result.stdout : null;
}
var COURSE_REPORT = "reports/README.md";
function hasGit(folder) {
  try {
    (0, import_node_fs2.statSync)((0, import_node_path3.join)(folder, ".git"));
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
  const absolute = (0, import_node_path3.resolve)(path);
  let real = absolute;
  try {
    real = (0, import_node_fs2.realpathSync)(absolute);
  } catch {
  }
  const root = (0, import_node_path3.dirname)((0, import_node_path3.dirname)(real));
  if ((0, import_node_path3.relative)(root, real).split(import_node_path3.sep).join("/") !== COURSE_REPORT || !hasGit(root))
    return null;
  const snapshot = snapshotOfRoot(root);
  return snapshot?.paths.includes(COURSE_REPORT) ? snapshot : null;
}
function snapshotOfRoot(root) {
  let index = "";
  try {
    const stat = (0, import_node_fs2.statSync)((0, import_node_path3.join)(root, ".git", "index"));
    index = `${stat.size}:${stat.mtimeMs}`;
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
function isUsageError(error) {
  return error instanceof Error && (error.name === "UsageError" || error.code?.startsWith("ERR_PARSE_ARGS") === true);
}
var usage = `Usage: mlops-report <command> [options]

Commands:
  check [paths…]      Check reports as the course's report.py does, with positions.
                      A folder means its reports/README.md (a repository), else its
                      README.md. Default: reports/README.md, else README.md.
  html [path]         Write a standalone HTML page of a report: as GitHub shows it, with
                      the checker's verdict at each question and, where the graders'
                      page differs, both renderings side by side.
  fix [paths…]        Rewrite what the graders' hand-in would render differently from
                      GitHub so both agree (a blank line before a list, 4-space nesting,
                      <url> for bare URLs, fenced code as indented code, …), never
                      changing a count or verdict; lists what cannot be mended.
                      --dry-run prints the diff instead.
  course <group_info.csv | repository…> --out <dir>
                      A teacher's course in one run: each group's reports/ folder as it
                      stood at --deadline (default: now), judged, with the hand-in
                      (report.html) and a summary.json / summary.csv of the figures the
                      course's scraper records, and questions.csv (a row per group and
                      question, for grading). --compare-with <report or 'glob'>
                      (repeatable) also compares the answers as similar does (similar.json). Repositories
                      are mirrored in <dir>/.cache; nothing of them runs. Exit 1 when a
                      group could not be judged.
  similar <reports…>  For each question, the answers of different reports that share a
                      long passage (what a copy with a few words changed still shares);
                      --compare-with <report or 'glob'> (repeatable) adds earlier
                      reports to compare with; --format text (default) or json.
  init [dir]          Set up the git hook that refuses a commit whose report fails:
                      adds it to .pre-commit-config.yaml, or sets up husky +
                      lint-staged where there is a package.json, or writes a new
                      .pre-commit-config.yaml. Safe to run again.

check options:
  --format <f>        text (default), json, github (GitHub Actions annotations) or sarif (code scanning)
  --constraints <c>   official (default: the course's tables) or text (read from each question)
  --generation <g>    check as the 31- or 27-question template instead of detecting it
  --quiet             only errors, no warnings
  --verbose           also list every question's figures
  --staged            check what is staged for the next commit (for git hooks): the
                      report from git's index, figures among the files the commit
                      holds; paths may be reports or figures (a figure means the
                      nearest README.md above it); files that are no report pass
  --strict            fail on warnings too

check, html and fix options:
  --python-markdown <v>  the Python-Markdown release the graders' hand-in is judged and
                      rendered under: 3.7 (default: the course's grading tools pin it),
                      3.10 (what pip installs today) or 3.4-debian (Debian 12's package)

html options:
  -o, --output <file> where to write (default: report.html next to the report, handin.html
                      with --handin; - for stdout)
  --handin            write the graders' page instead: what the course's report.py html
                      writes (under --python-markdown's release, no extensions), byte for byte

course options:
  --out <dir>         where everything goes: a new folder, or one an earlier run made
  --deadline <time>   ISO 8601 with its offset, e.g. 2026-01-23T23:59:00+01:00 (default: now)
  --jobs <n>          groups fetched and judged at once (default: twice the cores, at most 8)
  --verbose           a line per group also when not on a terminal

init and fix options:
  --dry-run           show what would change, write nothing
  --force             replace a prepare script that is not husky's
  --route <r>         pre-commit or husky instead of the one chosen for the repository
  --hook-repo <url>   where pre-commit fetches the hook (default: this project's repository)
  --hook-rev <rev>    the tag or commit to use (default: this version's tag)

  -h, --help          show this help
  -v, --version       show the version

Each command takes only its own options: another command's is refused, named.

Exit status: 0 when every report passes every official constraint, 1 when any fails,
the course checker would stop, the graders' report.py html would never finish (under
--python-markdown 3.4-debian), or a figure is not committed (--staged); 2 for a usage
error or an unreadable path.`;

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
var import_node_fs3 = require("node:fs");
function ownVersion() {
  for (let url = new URL("./package.json", importMetaUrl); ; url = new URL("../package.json", url)) {
    try {
      return JSON.parse((0, import_node_fs3.readFileSync)(url, "utf8")).version;
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
    let report;
    try {
      report = target.read();
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
    const checkOptions = { files: report.files, mends: false };
    if (report.uncommitted)
      checkOptions.uncommitted = report.uncommitted;
    checkOptions.repository = () => repositorySnapshotOf(report.path);
    if (options.constraints)
      checkOptions.constraints = options.constraints;
    if (options.generation)
      checkOptions.generation = options.generation;
    if (options.pythonMarkdown)
      checkOptions.pythonMarkdown = options.pythonMarkdown;
    const full = checkReport(report.text, checkOptions);
    if (options.staged && !full.isReport)
      continue;
    const result = options.quiet ? { ...full, findings: full.findings.filter((finding) => finding.severity === "error") } : full;
    if (fails(full, options.strict)) {
      failing++;
      if (options.staged)
        refused.push({ path: report.path, result: full });
    }
    if (options.format === "json")
      json.push(toJson(report.path, result));
    else if (options.format === "sarif")
      sarif.checked.push({ path: report.path, result });
    else if (options.format === "github")
      io.out(formatGithub(report.path, result));
    else {
      io.out(formatText(report.path, result, { notes: options.staged === true }));
      if (options.verbose)
        io.out(formatQuestionTable(result));
    }
    hooks.onResult?.(report.path, full);
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
function parseFormat(value) {
  if (value === void 0 || value === "text" || value === "json" || value === "github" || value === "sarif")
    return value ?? "text";
  throw new UsageError(`--format must be text, json, github or sarif, not "${value}"`);
}
function parseConstraints(value) {
  if (value === void 0 || value === "official" || value === "text")
    return value;
  throw new UsageError(`--constraints must be official or text, not "${value}"`);
}
function parseGeneration(value) {
  if (value === void 0)
    return void 0;
  if (value === "31" || value === "27")
    return Number(value);
  throw new UsageError(`--generation must be 31 or 27, not "${value}"`);
}
function parsePythonMarkdown(value) {
  try {
    return parsePythonMarkdownVersion(value);
  } catch {
    throw new UsageError(`--python-markdown must be ${describeVersions()}, not "${value}"`);
  }
}

// packages/cli/dist/batch-runtime.js
var import_node_module = require("node:module");
function batchFlags(v8Version = process.versions.v8) {
  const major = Number.parseInt(v8Version, 10);
  const youngGeneration = "--semi-space-growth-factor=1 --no-parallel-scavenge";
  if (major === 11)
    return `--interrupt-budget=500000 ${youngGeneration}`;
  if (major === 12 || major === 13)
    return `--invocation-count-for-turbofan=22000 --invocation-count-for-maglev=3000 ${youngGeneration}`;
  return null;
}
function prepareRuntimeForBatch() {
  const flags = batchFlags();
  if (flags === null)
    return;
  const v8 = (0, import_node_module.createRequire)(importMetaUrl)("node:v8");
  v8.setFlagsFromString(flags);
}

// packages/cli/dist/descriptor-output.js
var import_node_fs4 = require("node:fs");
var throughStream = /* @__PURE__ */ new Set();
function outputPending() {
  return throughStream.size > 0;
}
function writeToDescriptor(fd, text) {
  const stream = () => fd === 1 ? process.stdout : process.stderr;
  if (throughStream.has(fd)) {
    stream().write(text);
    return;
  }
  let sent = 0;
  let bytes;
  try {
    sent = (0, import_node_fs4.writeSync)(fd, text);
    if (sent === Buffer.byteLength(text))
      return;
    bytes = Buffer.from(text);
    while (sent < bytes.length)
      sent += (0, import_node_fs4.writeSync)(fd, bytes, sent);
  } catch (error) {
    if (error.code === "EPIPE")
      return;
    throughStream.add(fd);
    stream().write((bytes ?? Buffer.from(text)).subarray(sent));
  }
}
var FLUSH_AT = 64 * 1024;
function descriptorOutput() {
  let pending = [];
  let size = 0;
  const flush = () => {
    if (pending.length === 0)
      return;
    const text = pending.join("");
    pending = [];
    size = 0;
    writeToDescriptor(1, text);
  };
  return {
    out: (text) => {
      pending.push(text, "\n");
      size += text.length + 1;
      if (size >= FLUSH_AT)
        flush();
    },
    err: (text) => {
      flush();
      writeToDescriptor(2, `${text}
`);
    },
    flush
  };
}

// packages/cli/dist/main.js
var commandOptions = {
  check: ["format", "constraints", "generation", "python-markdown", "quiet", "verbose", "staged", "strict"],
  html: ["output", "handin", "python-markdown"],
  fix: ["dry-run", "python-markdown"],
  course: ["out", "output", "deadline", "jobs", "python-markdown", "compare-with", "verbose"],
  similar: ["compare-with", "format"],
  init: ["dry-run", "force", "route", "hook-repo", "hook-rev"]
};
function foreignOptions(command, tokens) {
  const own = commandOptions[command];
  if (own === void 0)
    return [];
  const foreign = /* @__PURE__ */ new Map();
  for (const token of tokens ?? []) {
    if (token.kind !== "option" || token.name === "help" || token.name === "version" || own.includes(token.name))
      continue;
    const owners = Object.keys(commandOptions).filter((other) => commandOptions[other].includes(token.name));
    foreign.set(token.rawName, `${token.rawName} (an option of ${owners.join(", ")})`);
  }
  return [...foreign.values()];
}
async function dispatch(argv, io, hooks, importCommand) {
  const { values, positionals, tokens } = (0, import_node_util.parseArgs)({
    args: argv,
    allowPositionals: true,
    strict: true,
    tokens: true,
    options: {
      format: { type: "string" },
      constraints: { type: "string" },
      generation: { type: "string" },
      "python-markdown": { type: "string" },
      output: { type: "string", short: "o" },
      out: { type: "string" },
      quiet: { type: "boolean", short: "q", default: false },
      verbose: { type: "boolean", default: false },
      staged: { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      handin: { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      route: { type: "string" },
      deadline: { type: "string" },
      jobs: { type: "string" },
      "hook-repo": { type: "string" },
      "hook-rev": { type: "string" },
      "compare-with": { type: "string", multiple: true },
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", short: "v", default: false }
    }
  });
  const [command, ...paths] = positionals;
  if (values.version) {
    io.out(ownVersion());
    return 0;
  }
  if (values.help || command === void 0) {
    ;
    (values.help ? io.out : io.err)(usage);
    return values.help ? 0 : 2;
  }
  const foreign = foreignOptions(command, tokens);
  if (foreign.length > 0)
    throw new UsageError(`${command} does not take ${foreign.join(", ")}`);
  const pythonMarkdown = parsePythonMarkdown(values["python-markdown"]);
  switch (command) {
    case "check": {
      const options = {
        format: parseFormat(values.format),
        constraints: parseConstraints(values.constraints),
        generation: parseGeneration(values.generation),
        pythonMarkdown,
        quiet: values.quiet,
        verbose: values.verbose,
        staged: values.staged,
        strict: values.strict
      };
      if (!values.staged) {
        const named = needsExpanding(paths) ? (await importCommand("./given-paths.js")).givenReports(paths, io) : paths;
        return runCheck(named, options, io, hooks);
      }
      const { stagedCheckTargets } = await importCommand("./staged-targets.js");
      return runCheckOn(stagedCheckTargets(paths), options, io, hooks);
    }
    case "html": {
      const { runHtml } = await importCommand("./html-command.js");
      return runHtml(paths, { output: values.output, handin: values.handin, pythonMarkdown }, io);
    }
    case "fix": {
      const { runFix } = await importCommand("./fix-command.js");
      return runFix(paths, { dryRun: values["dry-run"], pythonMarkdown }, io);
    }
    case "course": {
      const { runCourse } = await importCommand("./course/course-command.js");
      return runCourse(paths, {
        out: values.out ?? values.output,
        deadline: values.deadline,
        jobs: values.jobs,
        pythonMarkdown,
        compareWith: values["compare-with"] ?? [],
        ...values.verbose ? { progress: true } : {}
      }, io);
    }
    case "similar": {
      const { parseSimilarFormat, runSimilar } = await importCommand("./similar-command.js");
      return runSimilar(paths, { compareWith: values["compare-with"] ?? [], format: parseSimilarFormat(values.format) }, io);
    }
    case "init": {
      if (paths.length > 1)
        throw new UsageError("init takes one folder");
      const { parseRoute, runInit } = await importCommand("./init/init-command.js");
      return runInit(paths[0], { dryRun: values["dry-run"], force: values.force, route: parseRoute(values.route), hookRepo: values["hook-repo"], hookRev: values["hook-rev"] }, io);
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}
async function mainAsProcess(argv, importCommand) {
  const output = descriptorOutput();
  try {
    return await run(argv, output, { batchStarting: prepareRuntimeForBatch }, importCommand);
  } finally {
    output.flush();
  }
}
async function run(argv, io, hooks, importCommand) {
  try {
    return await dispatch(argv, io, hooks, importCommand);
  } catch (error) {
    if (isReportInputError(error)) {
      io.err(`mlops-report: ${error.message}`);
      return 2;
    }
    if (isUsageError(error)) {
      io.err(`mlops-report: ${error.message}
Run "mlops-report --help" for usage.`);
      return 2;
    }
    io.err(`mlops-report: internal error: ${error.message ?? String(error)}
Please report this with the file that caused it.`);
    return 3;
  }
}

// packages/cli/dist/bin.js
function start(argv, importCommand) {
  void mainAsProcess(argv, importCommand).then((status) => {
    if (outputPending())
      process.exitCode = status;
    else
      process.exit(status);
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  start
});
