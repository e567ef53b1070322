/** Types for the Jest-only helpers (never deployed). */
declare module '@salesforce/sfdx-lwc-jest' {
    export interface TestWireAdapter<Config = Record<string, unknown>> {
        emit(value: unknown): void;
        /** Emits `{ data: undefined, error: { body, status, statusText, ok: false } }`. */
        emitError(options?: { body?: unknown; status?: number; statusText?: string }): void;
        getLastConfig(): Config;
    }
    export function createApexTestWireAdapter(
        fn: jest.Mock
    ): jest.Mock & TestWireAdapter & { adapter: TestWireAdapter };
    export function createTestWireAdapter(fn: jest.Mock): TestWireAdapter;
}

/** `toBeAccessible()` of @sa11y/jest, registered for every test by force-app/test/jest-mocks/sa11y-setup.ts. */
declare namespace jest {
    interface Matchers<R> {
        /** Runs axe-core (sa11y's base rules: WCAG 2.x A/AA) on the element or document; fails on any violation. */
        toBeAccessible(config?: Record<string, unknown>): Promise<R>;
    }
}
