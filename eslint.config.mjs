// ESLint 9 flat config: Salesforce's LWC rules plus typescript-eslint on the TypeScript sources.
// The LWC configs ship a Babel parser; TypeScript files are parsed by typescript-eslint instead so that type
// assertions and type-only syntax are understood (the LWC rules work on the same ESTree shapes).
import lwcConfig from '@salesforce/eslint-config-lwc';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default [
    {
        ignores: [
            'node_modules/**',
            'coverage/**',
            'preview/dist/**',
            'test-results/**',
            '.check-tmp/**',
            '.jest-labels/**',
            // Build output of the TypeScript sources.
            'force-app/main/**/lwc/**/*.js'
        ]
    },
    ...lwcConfig.configs.recommended.map((config) => ({ ...config, files: ['force-app/**/*.ts'] })),
    ...tseslint.configs.recommended.map((config) => ({ ...config, files: ['force-app/**/*.ts'] })),
    {
        files: ['force-app/**/*.ts'],
        languageOptions: {
            parser: tseslint.parser,
            parserOptions: { sourceType: 'module' }
        },
        rules: {
            '@typescript-eslint/consistent-type-imports': 'error',
            '@typescript-eslint/no-explicit-any': 'error',
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
        }
    },
    {
        files: ['force-app/**/__tests__/**/*.ts', 'force-app/test/**/*.ts'],
        languageOptions: { globals: { ...globals.jest, ...globals.node } },
        rules: {
            '@typescript-eslint/no-explicit-any': 'off',
            '@lwc/lwc/no-async-operation': 'off',
            '@lwc/lwc/no-document-query': 'off'
        }
    },
    {
        files: ['scripts/**/*.mjs', 'preview/**/*.mjs', 'e2e/**/*.mjs', '*.mjs', '*.js'],
        languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: { ...globals.node } }
    },
    {
        files: ['jest.config.js'],
        languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } }
    }
];
