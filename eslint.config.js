// Lint rules for the whole workspace. Besides the usual TypeScript rules, they guard the package
// boundaries: server and web import graph-schema (and server may import seed-data), never each other.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const forbid = (packages) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: packages.map((name) => ({
        group: [`@chanjiao/${name}`, `@chanjiao/${name}/*`, `**/${name}/src/**`, `../${name}/**`],
        message: `This package must not import @chanjiao/${name}; share code through @chanjiao/graph-schema.`,
      })),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      '**/*.d.ts',
      '**/.venv/**',
      '**/.scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-control-regex': 'off',
    },
  },
  { files: ['web/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['graph-schema/**/*.ts'], rules: forbid(['server', 'web', 'seed-data']) },
  { files: ['seed-data/**/*.ts'], rules: forbid(['server', 'web']) },
  { files: ['server/**/*.ts'], rules: forbid(['web']) },
  { files: ['web/**/*.{ts,tsx}'], rules: forbid(['server', 'seed-data']) },
);
