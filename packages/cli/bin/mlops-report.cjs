#!/usr/bin/env node
// A CommonJS bundle starts faster than ES modules (see bundle.mjs).
require('../dist/mlops-report.cjs')
