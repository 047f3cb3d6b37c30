#!/usr/bin/env node
const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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

// packages/cli/dist/launch.js
var import_node_path2 = require("node:path");
var import_node_url = require("node:url");

// packages/cli/dist/compile-cache.js
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var nodeModule = __toESM(require("node:module"), 1);
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_node_vm = require("node:vm");
function requireCompiled(file) {
  const require2 = (0, import_node_module.createRequire)(file);
  if (process.env.NODE_DISABLE_COMPILE_CACHE)
    return require2(file);
  const enableCompileCache2 = nodeModule.enableCompileCache;
  if (typeof enableCompileCache2 === "function") {
    enableCompileCache2();
    return require2(file);
  }
  const folder2 = privateCacheFolder();
  return folder2 === null ? require2(file) : runWithCodeCache(file, folder2, require2);
}
function privateCacheFolder() {
  const uid = process.getuid?.();
  const folder2 = (0, import_node_path.join)((0, import_node_os.tmpdir)(), uid === void 0 ? "mlops-report-compile-cache" : `mlops-report-compile-cache-${uid}`);
  try {
    let stat = (0, import_node_fs.lstatSync)(folder2, { throwIfNoEntry: false });
    if (stat === void 0) {
      (0, import_node_fs.mkdirSync)(folder2, { mode: 448 });
      stat = (0, import_node_fs.lstatSync)(folder2);
    }
    if (!stat.isDirectory())
      return null;
    if (uid !== void 0 && (stat.uid !== uid || (stat.mode & 18) !== 0))
      return null;
    return folder2;
  } catch {
    return null;
  }
}
function identityOf(file, descriptor) {
  const stat = (0, import_node_fs.fstatSync)(descriptor);
  return `${file}\0${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}\0${process.version}-${process.arch}
`;
}
var CACHE_SUFFIX = ".v8-code-cache";
function cacheFileName(file) {
  let hash = 2166136261;
  for (let index = 0; index < file.length; index++)
    hash = Math.imul(hash ^ file.charCodeAt(index), 16777619);
  return `${(hash >>> 0).toString(16).padStart(8, "0")}${CACHE_SUFFIX}`;
}
function runWithCodeCache(file, folder2, require2) {
  const descriptor = (0, import_node_fs.openSync)(file, "r");
  let source;
  let identity;
  try {
    identity = identityOf(file, descriptor);
    source = (0, import_node_fs.readFileSync)(descriptor, "utf8");
  } finally {
    (0, import_node_fs.closeSync)(descriptor);
  }
  const cacheFile = (0, import_node_path.join)(folder2, cacheFileName(file));
  const cachedData = readCache(cacheFile, identity);
  const script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: file,
    ...cachedData ? { cachedData } : {}
  });
  if (cachedData === void 0 || script.cachedDataRejected)
    process.once("exit", () => writeCache(cacheFile, identity, script));
  const module2 = { exports: {} };
  const wrapper = script.runInThisContext();
  wrapper.call(module2.exports, module2.exports, require2, module2, file, (0, import_node_path.dirname)(file));
  return module2.exports;
}
function readCache(cacheFile, identity) {
  let stored;
  try {
    stored = (0, import_node_fs.readFileSync)(cacheFile);
  } catch {
    return void 0;
  }
  const header = Buffer.from(identity);
  if (stored.length <= header.length || !stored.subarray(0, header.length).equals(header))
    return void 0;
  return stored.subarray(header.length);
}
function writeCache(cacheFile, identity, script) {
  const partial = `${cacheFile}.${process.pid}`;
  try {
    (0, import_node_fs.writeFileSync)(partial, Buffer.concat([Buffer.from(identity), script.createCachedData()]), { mode: 384 });
    (0, import_node_fs.renameSync)(partial, cacheFile);
  } catch {
    try {
      (0, import_node_fs.rmSync)(partial, { force: true });
    } catch {
    }
    return;
  }
  pruneCaches((0, import_node_path.dirname)(cacheFile));
}
function pruneCaches(folder2) {
  let names;
  try {
    names = (0, import_node_fs.readdirSync)(folder2);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.endsWith(CACHE_SUFFIX))
      continue;
    const path = (0, import_node_path.join)(folder2, name);
    try {
      const bundle = (0, import_node_fs.readFileSync)(path).subarray(0, 4096).toString("utf8").split("\0", 1)[0];
      if (!(0, import_node_fs.existsSync)(bundle))
        (0, import_node_fs.rmSync)(path, { force: true });
    } catch {
    }
  }
}

// packages/cli/dist/launch.js
var folder = (0, import_node_path2.dirname)((0, import_node_url.fileURLToPath)(importMetaUrl));
var cli = requireCompiled((0, import_node_path2.join)(folder, "cli.cjs"));
cli.start(process.argv.slice(2), (specifier) => import((0, import_node_url.pathToFileURL)((0, import_node_path2.join)(folder, specifier)).href));
