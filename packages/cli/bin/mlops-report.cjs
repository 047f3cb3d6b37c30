#!/usr/bin/env node
// Tier up later. A check is over in a few hundred milliseconds, too soon for
// most of TurboFan's compile jobs to pay back what they cost the main thread;
// a long batch still gets optimised code, only a little later. Measured with
// bench/cli-startup.mjs: the corpus run takes about 15% less time.
require('node:v8').setFlagsFromString('--interrupt-budget=500000')
// A CommonJS bundle starts faster than ES modules (see bundle.mjs).
require('../dist/mlops-report.cjs')
