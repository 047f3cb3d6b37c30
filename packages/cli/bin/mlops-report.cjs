#!/usr/bin/env node
// The launcher, a CommonJS bundle: it starts faster than ES modules (see bundle.mjs).
require('../dist/mlops-report.cjs')
