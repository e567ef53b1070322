/**
 * Turns whatever an Apex call, a wire or the browser threw into sentences a person can read.
 * Service component (no template): import from 'c/zoomErrors'.
 */

import FALLBACK from '@salesforce/label/c.Errors_Fallback';
import UNREACHABLE from '@salesforce/label/c.Errors_Unreachable';
import LOG_REFERENCE from '@salesforce/label/c.Errors_LogReference';

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

/**
 * The label Apex ControllerErrors puts before the log reference of a failure that was logged: the text of the
 * Errors_LogReference label before its {0}, in the user's language (Apex words the message with the same label).
 */
export const REFERENCE_LABEL = LOG_REFERENCE.split('{0}')[0].trim();
const REFERENCE = new RegExp(`\\s*${REFERENCE_LABEL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*([A-Za-z0-9-]+)\\.?`);

/** A failure as a person reads it: the sentence, and apart from it the Zoom log reference when the server gave one. */
export interface ErrorParts {
    message: string;
    reference?: string;
}

/**
 * The log reference (Zoom_Log__c Correlation ID) inside an Apex error, or undefined. The server sends it with every
 * failure it logged instead of showing its detail (ControllerErrors); the admin looks it up in the Zoom Logs tab.
 */
export function errorReference(errors: ErrorLike | ErrorLike[]): string | undefined {
    for (const message of reduceErrors(errors)) {
        const match = REFERENCE.exec(message);
        if (match) return match[1];
    }
    return undefined;
}

/** The sentence without the reference, and the reference itself: for a notice that shows them apart. */
export function errorParts(errors: ErrorLike | ErrorLike[]): ErrorParts {
    const reference = errorReference(errors);
    if (!reference) return { message: errorMessage(errors) };
    const message = reduceErrors(errors)
        .map((m) => m.replace(REFERENCE, '').trim())
        .filter((m) => m.length > 0)
        .join(' ');
    return { message: message || FALLBACK, reference };
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
        return [UNREACHABLE];
    }
    return error.message ? [error.message] : [];
}
