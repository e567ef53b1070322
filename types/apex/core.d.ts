/**
 * Typing for `@salesforce/apex/<Class>.<method>` imports. One declaration per Apex method lives in
 * types/apex/<Class>.d.ts; the DTO interfaces in the `Apex` namespace mirror the Apex DTO classes field by field
 * (the metadata cross-reference check compares them with the Apex source).
 */

/** Error an Apex call rejects with (an AuraHandledException arrives as `body.message`). */
interface ApexError {
    status?: number;
    statusText?: string;
    body?:
        | {
              message?: string;
              exceptionType?: string;
              pageErrors?: Array<{ message: string; statusCode?: string }>;
              fieldErrors?: Record<string, Array<{ message: string }>>;
              output?: { errors?: Array<{ message: string }> };
          }
        | Array<{ message: string }>;
    message?: string;
}

/** What `@wire(apexMethod, …)` provisions. */
interface ApexWireResult<T> {
    data?: T;
    error?: ApexError;
}

/**
 * An imported Apex method: call it imperatively (returns a Promise) or pass it to `@wire` (through its
 * `adapter`, which the LWC engine accepts as a wire adapter id).
 */
interface ApexMethod<Params extends Record<string, unknown>, Result> {
    (params: Params): Promise<Result>;
    adapter: import('lwc').WireAdapterConstructor<Params, ApexWireResult<Result>>;
}

declare module '@salesforce/apex' {
    /** Re-runs a wired Apex method and re-provisions the component. */
    export function refreshApex(wiredValue: unknown): Promise<void>;
}
