import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);

// packages/cli/dist/staged-targets.js
import { dirname as dirname3, extname, join as join3, relative as relative3, resolve as resolve3 } from "node:path";

// packages/report-files/dist/read-report.js
import { isUtf8 } from "node:buffer";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
var ReportInputError = class extends Error {
  name = "ReportInputError";
};
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

// packages/report-files/dist/read-staged.js
import { spawnSync } from "node:child_process";
import { existsSync, realpathSync, statSync } from "node:fs";
import { basename as basename2, dirname as dirname2, isAbsolute as isAbsolute2, join as join2, posix, relative as relative2, resolve as resolve2, sep } from "node:path";

// packages/core/dist/findings/image-findings.js
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

// packages/report-files/dist/read-staged.js
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
var StagedRepository = class _StagedRepository {
  root;
  listings = /* @__PURE__ */ new Map();
  constructor(root) {
    this.root = root;
  }
  /** The repository that holds `path` (a file or folder), or a ReportInputError saying why there is none. */
  static containing(path) {
    const folder = isDirectory(path) ? path : dirname2(resolve2(path));
    const result = git(["rev-parse", "--show-toplevel"], isDirectory(folder) ? folder : process.cwd());
    if (result.status !== 0) {
      throw new ReportInputError(`${path}: not inside a git repository, so there is nothing staged to check (leave out --staged to check the file on disk)`);
    }
    return new _StagedRepository(result.stdout.toString("utf8").trim());
  }
  /** `path` relative to the repository's root, with `/`. */
  repositoryPath(path) {
    const absolute = resolve2(path);
    let real = absolute;
    try {
      real = join2(realpathSync(dirname2(absolute)), basename2(absolute));
    } catch {
    }
    const inside = relative2(this.root, real);
    if (inside.startsWith("..") || isAbsolute2(inside))
      throw new ReportInputError(`${path}: outside the git repository at ${this.root}`);
    return inside.split(sep).join("/");
  }
  /** The staged content of a file, or null when the index does not have it. */
  stagedBytes(repositoryPath) {
    const result = git(["cat-file", "blob", `:${repositoryPath}`], this.root);
    return result.status === 0 ? result.stdout : null;
  }
  /** Whether the index has this file. */
  isStaged(repositoryPath) {
    return git(["ls-files", "--error-unmatch", "--", repositoryPath], this.root).status === 0;
  }
  /** Every file in the index below a folder (`''` for the root), relative to it. */
  filesBelow(folder) {
    let listing = this.listings.get(folder);
    if (listing === void 0) {
      const result = git(["ls-files", "-z", "--cached", "--", folder === "" ? "." : folder], this.root);
      const prefix = folder === "" ? "" : `${folder}/`;
      listing = result.status === 0 ? result.stdout.toString("utf8").split("\0").filter(Boolean).map((file) => file.slice(prefix.length)) : [];
      this.listings.set(folder, listing);
    }
    return listing;
  }
  /** For a file missing from the index: whether it is on disk, and the ignore rule that hides it if any. */
  uncommitted(repositoryPath) {
    if (!existsSync(join2(this.root, repositoryPath)))
      return null;
    const result = git(["check-ignore", "--verbose", "--no-index", "--", repositoryPath], this.root);
    const match = result.status === 0 ? /^(.*?):(\d+):(.*)\t/.exec(result.stdout.toString("utf8")) : null;
    return { repositoryPath, ignoredBy: match ? `${match[1]}:${match[2]}: ${match[3]}` : null };
  }
  /** The report at `path` as the index has it. */
  readStaged(path) {
    const repositoryPath = this.repositoryPath(path);
    const bytes = this.stagedBytes(repositoryPath);
    if (bytes === null) {
      throw new ReportInputError(`${path}: not staged or committed, so the commit will not contain it (run \`git add ${repositoryPath}\`)`);
    }
    const folder = posix.dirname(repositoryPath) === "." ? "" : posix.dirname(repositoryPath);
    const within = (relativePath) => folder === "" ? relativePath : `${folder}/${relativePath}`;
    return {
      path,
      repositoryPath,
      text: decodeReport(path, bytes),
      files: lookupInList(this.filesBelow(folder)),
      uncommitted: (relativePath) => this.uncommitted(within(relativePath))
    };
  }
};
function git(args, cwd) {
  const result = spawnSync("git", args, { cwd, maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
  if (result.error) {
    const code = result.error.code;
    throw new ReportInputError(code === "ENOENT" ? "git is not installed or not on PATH; --staged needs it" : `git failed to start (${code ?? result.error.message})`);
  }
  return { status: result.status, stdout: result.stdout };
}

// packages/cli/dist/staged-targets.js
var MARKDOWN = /* @__PURE__ */ new Set([".md", ".markdown"]);
function shown(path) {
  const inside = relative3(process.cwd(), path);
  return inside === "" || inside.startsWith("..") ? path : inside;
}
function reportAbove(repository, file) {
  for (let folder = dirname3(resolve3(file)); ; folder = dirname3(folder)) {
    const candidate = join3(folder, "README.md");
    if (repository.isStaged(repository.repositoryPath(candidate)))
      return candidate;
    if (relative3(repository.root, folder) === "" || folder === dirname3(folder))
      return null;
  }
}
function stagedTargets(paths) {
  const repositories = /* @__PURE__ */ new Map();
  const repositoryOf = (path) => {
    const repository = StagedRepository.containing(path);
    const known = repositories.get(repository.root);
    if (known)
      return known;
    repositories.set(repository.root, repository);
    return repository;
  };
  if (paths.length === 0) {
    const repository = repositoryOf(".");
    for (const candidate of defaultReportPaths) {
      if (repository.isStaged(repository.repositoryPath(candidate)))
        return [{ repository, path: candidate }];
    }
    return [];
  }
  const targets = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const repository = repositoryOf(path);
    let report;
    if (isDirectory(path))
      report = join3(path, "README.md");
    else if (MARKDOWN.has(extname(path).toLowerCase()))
      report = path;
    else
      report = reportAbove(repository, path);
    if (report === null)
      continue;
    const key = resolve3(report);
    if (!targets.has(key))
      targets.set(key, { repository, path: shown(key) });
  }
  return [...targets.values()];
}
function stagedCheckTargets(paths) {
  return stagedTargets(paths).map(({ repository, path }) => ({ path, read: () => repository.readStaged(path) }));
}
export {
  stagedCheckTargets,
  stagedTargets
};
