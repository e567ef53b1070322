import { errorMessage, errorParts, errorReference, reduceErrors } from 'c/zoomErrors';
import type * as ZoomErrorsModule from 'c/zoomErrors';

type ZoomErrors = typeof ZoomErrorsModule;

describe('reduceErrors', () => {
    it('reads an AuraHandledException message', () => {
        expect(reduceErrors({ status: 500, body: { message: 'Map your Zoom user first.' } })).toEqual([
            'Map your Zoom user first.'
        ]);
    });

    it('reads DML page and field errors', () => {
        const error = {
            body: {
                pageErrors: [{ message: 'Insufficient access.' }],
                fieldErrors: { Topic__c: [{ message: 'Topic is too long.' }] }
            }
        };
        expect(reduceErrors(error)).toEqual(['Insufficient access.', 'Topic is too long.']);
    });

    it('reads UI API output errors and body arrays', () => {
        expect(reduceErrors({ body: { output: { errors: [{ message: 'Bad value.' }] } } })).toEqual(['Bad value.']);
        expect(reduceErrors({ body: [{ message: 'First.' }, { message: 'Second.' }] })).toEqual(['First.', 'Second.']);
    });

    it('reads JavaScript errors and strings, drops blanks and duplicates', () => {
        expect(reduceErrors([new Error('Boom.'), 'Boom.', '  ', null, undefined])).toEqual(['Boom.']);
    });

    it('explains a network failure', () => {
        expect(reduceErrors({ status: 0, statusText: 'Network Error' })).toEqual([
            'Salesforce could not be reached. Check your connection and try again.'
        ]);
    });

    it('falls back to the error message when the body is empty', () => {
        expect(reduceErrors({ body: {}, message: 'Plain message.' })).toEqual(['Plain message.']);
    });
});

describe('errorMessage', () => {
    it('joins messages into one sentence list', () => {
        expect(errorMessage([new Error('One.'), new Error('Two.')])).toBe('One. Two.');
    });

    it('gives a helpful fallback when nothing is readable', () => {
        expect(errorMessage({})).toMatch(/Something went wrong/);
        expect(errorMessage(null)).toMatch(/integration log/);
    });
});

describe('log references', () => {
    const logged = {
        status: 500,
        body: {
            message:
                'Something went wrong, and the action was not completed. Log reference: 3f2a9c1e-0b7d-4e55-9a61-2c0f1d2e3b4a'
        }
    };

    it('reads the reference of a logged failure', () => {
        expect(errorReference(logged)).toBe('3f2a9c1e-0b7d-4e55-9a61-2c0f1d2e3b4a');
    });

    it('splits the sentence from the reference', () => {
        expect(errorParts(logged)).toEqual({
            message: 'Something went wrong, and the action was not completed.',
            reference: '3f2a9c1e-0b7d-4e55-9a61-2c0f1d2e3b4a'
        });
    });

    it('keeps both in the one-line message', () => {
        expect(errorMessage(logged)).toContain('Log reference: 3f2a9c1e');
    });

    it('finds the reference in the user language, as Apex words it with the same label', () => {
        let german: ZoomErrors | undefined;
        jest.isolateModules(() => {
            jest.doMock('@salesforce/label/c.Errors_LogReference', () => ({
                __esModule: true,
                default: 'Protokollreferenz: {0}'
            }));
            german = jest.requireActual<ZoomErrors>('c/zoomErrors');
        });
        const failure = { body: { message: 'Es ist ein Fehler aufgetreten. Protokollreferenz: abc-123' } };
        expect(german!.errorParts(failure)).toEqual({
            message: 'Es ist ein Fehler aufgetreten.',
            reference: 'abc-123'
        });
        expect(german!.errorReference(logged)).toBeUndefined();
    });

    it('gives a user sentence alone', () => {
        expect(errorReference({ body: { message: 'Type at least 2 characters to search.' } })).toBeUndefined();
        expect(errorParts({ body: { message: 'Type at least 2 characters to search.' } })).toEqual({
            message: 'Type at least 2 characters to search.'
        });
    });
});
