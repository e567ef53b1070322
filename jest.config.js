// Jest runs on the TypeScript sources (the LWC jest transformer strips the types), never on the emitted .js.
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
    ...jestConfig,
    // Writes .jest-labels/c.<Name>.js (the English value of each label) and fails the run on an unknown label import.
    globalSetup: '<rootDir>/scripts/lib/jest-labels.mjs',
    testMatch: ['<rootDir>/force-app/**/__tests__/**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/', '<rootDir>/.check-tmp/', '<rootDir>/preview/'],
    modulePathIgnorePatterns: ['<rootDir>/.check-tmp/'],
    setupFilesAfterEnv: [
        ...(jestConfig.setupFilesAfterEnv ?? []),
        '<rootDir>/force-app/test/jest-mocks/sa11y-setup.ts'
    ],
    moduleNameMapper: {
        '^fixtures/(.*)$': '<rootDir>/force-app/test/fixtures/$1',
        '^lightning/navigation$': '<rootDir>/force-app/test/jest-mocks/lightning/navigation.ts',
        '^lightning/actions$': '<rootDir>/force-app/test/jest-mocks/lightning/actions.ts',
        '^@salesforce/label/(c\\..+)$': '<rootDir>/.jest-labels/$1.js',
        '^@salesforce/i18n/(locale|lang|timeZone)$': '<rootDir>/force-app/test/jest-mocks/salesforce/i18n/$1.ts'
    },
    collectCoverageFrom: ['force-app/main/**/lwc/**/*.ts', '!**/__tests__/**'],
    coverageReporters: ['text-summary', 'lcov'],
    coverageThreshold: { global: { statements: 90, branches: 80, functions: 90, lines: 90 } }
};
