// Registered in jest.config.js (setupFilesAfterEnv): makes `await expect(element).toBeAccessible()` (@sa11y/jest,
// axe-core with sa11y's base rule set: WCAG 2.x A/AA plus Salesforce best practices) available in every component
// test. Only the matcher is registered: sa11y's automatic checks after each test (`setup()`) are off, so a test
// checks exactly the states it asserts on.
import { registerSa11yMatcher } from '@sa11y/jest';

registerSa11yMatcher();
