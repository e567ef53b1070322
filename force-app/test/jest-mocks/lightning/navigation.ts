// Jest mock of lightning/navigation that records what a component asked to navigate to.
import { createTestWireAdapter } from '@salesforce/sfdx-lwc-jest';

export const CurrentPageReference = createTestWireAdapter(jest.fn());

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

const navigations: Array<{ pageReference: unknown; replace: boolean }> = [];

type Constructor = new (...args: any[]) => object;

export const NavigationMixin = Object.assign(
    <T extends Constructor>(Base: T) =>
        class extends Base {
            [Navigate](pageReference: unknown, replace = false): void {
                navigations.push({ pageReference, replace });
            }
            [GenerateUrl](pageReference: { attributes?: { url?: string } }): Promise<string> {
                return Promise.resolve(pageReference.attributes?.url ?? 'https://example.invalid/generated');
            }
        },
    { Navigate, GenerateUrl }
);

/** Every Navigate call since the last reset, oldest first. */
export function navigationCalls(): ReadonlyArray<{ pageReference: unknown; replace: boolean }> {
    return navigations;
}

/** Clears the recorded calls (call in afterEach). */
export function resetNavigation(): void {
    navigations.length = 0;
}
