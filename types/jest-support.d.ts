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
