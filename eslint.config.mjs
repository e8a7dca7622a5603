// ESLint 9 flat config: Next's rules (React, hooks, import, jsx-a11y, Core Web Vitals) and typescript-eslint's
// recommended rules. ESLint stays on 9: eslint-plugin-react, -import and -jsx-a11y, which eslint-config-next
// 16.4.6 loads, declare no support for ESLint 10. `npm run lint` fails on any finding, warnings included.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Generated output and installed code: nothing here is written by hand.
  globalIgnores([
    '.next/**',
    '.contentlayer/**',
    '.sites/**',
    'public/**',
    'node_modules/**',
    'test-results/**',
    'test-results-*/**',
    'playwright-report/**',
    'coverage/**',
    'tmp/**',
    'data/**',
    'newsroom-preview/**',
    'next-env.d.ts',
  ]),
  ...nextCoreWebVitals,
  ...nextTypescript,
  // Next's TypeScript config turns two of these down to warnings; they are errors here, as typescript-eslint has them.
  tseslint.configs.recommended,
  {
    rules: {
      // `const { id: _id, ...rest } = object` is how the code copies an object without one field; the named field
      // is there to be left out, not forgotten.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
