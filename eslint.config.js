import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * A file `depth` folders down in web/src/features/<feature>/ that climbs `depth` folders is in features/, and one
 * more is in web/src/: there it may reach lib/, components/ and api/, never another feature or app/.
 */
const featureBoundaries = [1, 2, 3, 4].map((depth) => ({
  files: [`web/src/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./){${depth}}([^./]|\\.\\./(features|app)/)`,
            message:
              'Features do not import each other or app/: share through web/src/lib or web/src/components, compose in web/src/app.',
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'coverage', 'test/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['solver/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '**/web/**', '**/api/**', 'node:*', 'fs', 'path', 'express'],
              message: 'solver/ is pure: no I/O and no api, server or web imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|(\\.\\./)+solver/|\\./[^.])',
              message:
                'api/ is the contract between server and web: it imports only zod, solver/ and itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**'],
              message: 'web/ never imports server/: the shapes of the API are in api/.',
            },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
);
