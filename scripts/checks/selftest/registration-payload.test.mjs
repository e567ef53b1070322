// Self-tests: the webinar registration section of docs/data-access.md is generated from the typed request fixtures and
// the Apex's standard fields, and the check fails when it is stale or cannot be generated.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as payload from '../registration-payload.mjs';
import { withSandbox } from './sandbox.mjs';

const SINGLE = 'force-app/test/zoom/WebinarsAddWebinarRegistrantRequestBody.salesforceContact.json';
const QUESTIONS = 'force-app/main/webinars/classes/RegistrationQuestionDto.cls';

describe('webinar registration payload check', () => {
    it('passes on the real project', async () => {
        assert.deepEqual((await payload.run({})).problems, []);
    });

    it('reports the section stale when a fixture sends one more field', () =>
        withSandbox(async (box) => {
            box.replace(
                SINGLE,
                '"email": "ada.lovelace@example.com",',
                '"email": "ada.lovelace@example.com",\n  "source_id": "sf",'
            );
            const { problems } = await payload.run({ root: box.root });
            assert.deepEqual(
                problems.map((p) => [p.file, p.rule]),
                [['docs/data-access.md', 'registration-payload']]
            );
        }));

    it('reports the section stale when the Apex may send another standard field', () =>
        withSandbox(async (box) => {
            box.replace(
                QUESTIONS,
                "'city' => Label.Webinar_QuestionCity,",
                "'city' => Label.Webinar_QuestionCity,\n        'language' => Label.Webinar_QuestionCity,"
            );
            const { problems } = await payload.run({ root: box.root });
            assert.equal(problems[0]?.rule, 'registration-payload');
        }));

    it('names what is missing when nothing can be generated', () =>
        withSandbox(async (box) => {
            box.replace(QUESTIONS, 'STANDARD_LABELS', 'FIELD_LABELS');
            const { problems } = await payload.run({ root: box.root });
            assert.equal(problems[0]?.rule, 'registration-source');
            assert.match(problems[0].message, /STANDARD_LABELS/);
        }));
});
