/**
 * Turns whatever an Apex call, a wire or the browser threw into sentences a person can read.
 * Service component (no template): import from 'c/zoomErrors'.
 */

const FALLBACK =
    'Something went wrong. Try again, and if it keeps happening ask your Salesforce admin to check the Zoom integration log.';

type ErrorLike = ApexError | Error | string | null | undefined;

/** Every distinct readable message inside an Apex/LWC error (or a list of them), in order. */
export function reduceErrors(errors: ErrorLike | ErrorLike[]): string[] {
    const list = Array.isArray(errors) ? errors : [errors];
    const messages = list
        .flatMap((error) => messagesOf(error))
        .map((m) => m.trim())
        .filter((m) => m.length > 0);
    return [...new Set(messages)];
}

/** One sentence for a toast or an inline error: the messages joined, or a helpful fallback. */
export function errorMessage(errors: ErrorLike | ErrorLike[]): string {
    const messages = reduceErrors(errors);
    return messages.length > 0 ? messages.join(' ') : FALLBACK;
}

function messagesOf(error: ErrorLike): string[] {
    if (error === null || error === undefined) return [];
    if (typeof error === 'string') return [error];
    if (error instanceof Error) return [error.message];
    const body = error.body;
    if (Array.isArray(body)) return body.map((e) => e.message);
    if (body) {
        const fromPage = (body.pageErrors ?? []).map((e) => e.message);
        const fromFields = Object.values(body.fieldErrors ?? {}).flatMap((errs) => errs.map((e) => e.message));
        const fromOutput = (body.output?.errors ?? []).map((e) => e.message);
        const all = [...fromPage, ...fromFields, ...fromOutput];
        if (body.message) all.unshift(body.message);
        if (all.length > 0) return all;
    }
    if (error.status === 0 || error.statusText === 'Network Error') {
        return ['Salesforce could not be reached. Check your connection and try again.'];
    }
    return error.message ? [error.message] : [];
}
