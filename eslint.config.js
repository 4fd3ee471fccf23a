// Lint rules: typescript-eslint's recommended type-aware set, plus the project's layering rules (below). Formatting
// is prettier's job (eslint-config-prettier turns off the rules that would fight it).
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', '.tmp/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'no-constant-condition': ['error', { checkLoops: false }],
      // Sanitizers match control characters on purpose (names, log lines, markdown cells).
      'no-control-regex': 'off',
      // A server's handler may read a variable that is assigned once the server listens.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // The catalog site's script runs in the browser (as a classic script beside MiniSearch's browser build).
    files: ['src/site/assets/**/*.js'],
    languageOptions: { globals: { ...globals.browser, MiniSearch: 'readonly' }, sourceType: 'script' },
  },
  {
    // @actions/core belongs to the action's adapter: the engine, the CLI and the library never touch the runner.
    files: ['src/**/*.ts'],
    ignores: ['src/action/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@actions/core', message: '@actions/core is used only in src/action/.' }] },
      ],
    },
  },
  {
    // The pure core does no I/O: it gets data and returns data (adapters read and write).
    files: ['src/metadata/**/*.ts', 'src/versions/**/*.ts', 'src/registry/**/*.ts', 'src/format/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'node:fs',
            'node:fs/promises',
            'node:child_process',
            'node:net',
            'node:http',
            'node:https',
            '@actions/core',
          ].map((name) => ({
            name,
            message: 'metadata/, versions/, registry/ and format/ are the pure core: no I/O here (use an adapter).',
          })),
        },
      ],
    },
  },
  prettier,
)
