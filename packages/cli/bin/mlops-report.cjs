#!/usr/bin/env node
// V8 settings for a short batch process, each measured with bench/cli-startup.mjs.
// Most of a check's cost beyond Node's own start is fresh memory: on small
// virtual machines every page first touched costs microseconds.
// - Tier up later: TurboFan's compile jobs touch thousands of fresh pages for
//   code that runs a few hundred milliseconds; a long batch still gets
//   optimised code, only later.
// - Keep the young generation at its first size: a check holds one report at
//   a time, so a larger one buys fewer collections at the price of new pages.
require('node:v8').setFlagsFromString('--interrupt-budget=500000 --semi-space-growth-factor=1')
// A CommonJS bundle starts faster than ES modules (see bundle.mjs).
require('../dist/mlops-report.cjs')
