/**
 * `npm run content:build`: contentlayer2's `build` command, without its CLI. The CLI switches on Effect-TS
 * execution tracing for every run (import '@contentlayer2/utils/effect/Tracing/Enable'), which records a trace of
 * every step of every fiber and took ~40 % of a cold build (profiled: 3,113 documents, 60 s → see bench/README.md).
 * This runs the same steps as `contentlayer2 build` (config → generate .contentlayer → summary) with tracing off.
 * contentlayer2 holds every document in memory and writes all files at once: ~120 KB of heap per document, so
 * 30,000 documents exceed even a 5.6 GB heap (bench/README.md, bench:scale).
 */
import { generateDotpkg, getConfig, logGenerateInfo, runMain } from 'contentlayer2/core';
import { pipe, T } from '@contentlayer2/utils/effect';

await pipe(
  getConfig({}),
  T.chain((config) => generateDotpkg({ config, verbose: false })),
  T.tap(logGenerateInfo),
  runMain({ tracingServiceName: 'newsroom-content-build', verbose: process.env.CL_DEBUG !== undefined }),
);
