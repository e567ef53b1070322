// Self-tests: the prettier/syntax check and the Apex ↔ TypeScript contract check must fail on broken input and
// name the file and line.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as format from '../format.mjs';
import * as contracts from '../apex-contracts.mjs';
import { lineOf, makeSandbox, withSandbox } from './sandbox.mjs';

const CONTROLLER = 'force-app/main/meetings/classes/ZoomMeetingController.cls';
const DTO = 'force-app/main/meetings/classes/ZoomMeetingDto.cls';
const DECL = 'types/apex/ZoomMeetingController.d.ts';

describe('format check', () => {
    let box;
    before(() => (box = makeSandbox()));
    after(() => box.dispose());

    // prettier-plugin-apex does not give positions for Apex syntax errors; apex-ls names the line (apex.test.mjs).
    it('reports an Apex syntax error in its file', async () => {
        box.replace(CONTROLLER, 'Id meetingId = recordId;', 'Id meetingId = recordId');
        const { problems } = await format.run({ root: box.root });
        const hit = problems.find((p) => p.file === CONTROLLER);
        assert.ok(hit, `expected a problem in ${CONTROLLER}, got ${JSON.stringify(problems)}`);
        assert.equal(hit.rule, 'syntax');
        assert.match(hit.message, /Unexpected token|Missing ';'/);
    });

    it('reports a TypeScript syntax error at its line', async () => {
        const file = 'force-app/main/meetings/lwc/meetingFormat/meetingFormat.ts';
        box.replace(file, 'const hours = Math.floor(whole / 60);', 'const hours = Math.floor(whole / 60;');
        const { problems } = await format.run({ root: box.root });
        const hit = problems.find((p) => p.file === file);
        assert.equal(hit?.rule, 'syntax');
        assert.equal(hit.line, lineOf(box.read(file), 'const hours = Math.floor(whole / 60;'));
    });

    it('reports an unformatted file', async () => {
        box.write('force-app/main/meetings/lwc/meetingFormat/extra.ts', 'export const x   =  1\n');
        const { problems } = await format.run({ root: box.root });
        assert.ok(
            problems.some((p) => p.file === 'force-app/main/meetings/lwc/meetingFormat/extra.ts' && p.rule === 'format')
        );
    });
});

describe('Apex ↔ TypeScript contract check', () => {
    it('passes on the real project', async () => {
        const { problems } = await contracts.run({});
        assert.deepEqual(problems, []);
    });

    it('reports a DTO field renamed in Apex on both sides', () =>
        withSandbox(async (box) => {
            box.replace(DTO, 'public String topic;', 'public String subject;');
            const { problems } = await contracts.run({ root: box.root });
            assert.ok(problems.some((p) => p.file === DECL && p.message.includes('ZoomMeetingDto.topic')));
            const missing = problems.find((p) => p.file === DTO);
            assert.equal(missing.line, lineOf(box.read(DTO), 'public String subject;') - 1);
        }));

    it('reports a declared parameter that Apex does not have', () =>
        withSandbox(async (box) => {
            box.replace(DECL, 'ApexMethod<{ recordId: string }', 'ApexMethod<{ eventId: string }');
            const { problems } = await contracts.run({ root: box.root });
            const hit = problems.find((p) => p.rule === 'params');
            assert.equal(hit.file, DECL);
            assert.equal(
                hit.line,
                lineOf(box.read(DECL), "declare module '@salesforce/apex/ZoomMeetingController.getMeeting'")
            );
        }));

    it('reports an @AuraEnabled method without a declaration', () =>
        withSandbox(async (box) => {
            box.replace(
                CONTROLLER,
                '    private static MeetingSelector selector = new MeetingSelector();',
                "    private static MeetingSelector selector = new MeetingSelector();\n\n    @AuraEnabled\n    public static String ping() {\n        return 'pong';\n    }"
            );
            const { problems } = await contracts.run({ root: box.root });
            const hit = problems.find((p) => p.rule === 'undeclared');
            assert.equal(hit.file, CONTROLLER);
            assert.equal(hit.line, lineOf(box.read(CONTROLLER), 'public static String ping()') - 1);
        }));
});
