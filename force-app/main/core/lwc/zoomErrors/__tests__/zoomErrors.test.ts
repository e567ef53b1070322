import { errorMessage, reduceErrors } from 'c/zoomErrors';

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
