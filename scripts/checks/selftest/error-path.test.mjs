// Self-tests: the one-error-path check passes on the real project and names file and line of each way a failure
// could reach the browser without ControllerErrors, or a user sentence could be typed outside UserMessageException.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as errorPath from '../error-path.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const SETUP = 'force-app/main/core/classes/ZoomSetupController.cls';
const EXTERNAL = 'force-app/main/external-meetings/classes/ExternalMeetingController.cls';
const PANEL = 'force-app/main/meetings/classes/ZoomMeetingController.cls';
const SEARCH = 'force-app/main/meetings/classes/PersonSearchService.cls';
const SCHEDULE = 'force-app/main/meetings/classes/MeetingScheduleGuard.cls';

function expectAt(problems, file, line, rule) {
    const hit = problems.find((p) => p.file === file && p.line === line && p.rule === rule);
    assert.ok(hit, `expected ${rule} at ${file}:${line}, got ${JSON.stringify(problems, null, 1)}`);
    return hit;
}

describe('One error path (issue #12)', () => {
    it('passes on the real project', async () => {
        const { problems, summary } = await errorPath.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /^\d+ @AuraEnabled methods in \d+ classes/);
    });

    it('fails a second catch that answers the browser itself, and the throw it builds', () =>
        withSandbox(async (box) => {
            // The shape before issue #12: Zoom Setup prefixed the service's sentence in its own catch.
            box.replace(
                SETUP,
                "        } catch (Exception e) {\n            throw ControllerErrors.toAura(e, 'Save settings');",
                "        } catch (UserMessageException e) {\n            throw new AuraHandledException('The settings were not saved: ' + e.getMessage());\n" +
                    "        } catch (Exception e) {\n            throw ControllerErrors.toAura(e, 'Save settings');"
            );
            const text = box.read(SETUP);
            const { problems } = await errorPath.run({ root: box.root });
            expectAt(problems, SETUP, lineOf(text, 'catch (UserMessageException e)'), 'aura-shape');
            expectAt(problems, SETUP, lineOf(text, "throw new AuraHandledException('The settings"), 'controller-throw');
            expectAt(problems, SETUP, lineOf(text, "throw new AuraHandledException('The settings"), 'aura-new');
        }));

    it('fails a check left before the try (its failure would skip ControllerErrors)', () =>
        withSandbox(async (box) => {
            box.replace(
                EXTERNAL,
                '        try {\n            if (meetingId == null',
                '        if (meetingId == null) {\n            return null;\n        }\n        try {\n            if (meetingId == null'
            );
            const text = box.read(EXTERNAL);
            const { problems } = await errorPath.run({ root: box.root });
            const hit = expectAt(problems, EXTERNAL, lineOf(text, '        if (meetingId == null) {'), 'aura-shape');
            assert.match(hit.message, /^getMeetingDetails: a statement outside the try/);
        }));

    it('fails a method without a try, and a cacheable read that would log', () =>
        withSandbox(async (box) => {
            box.replace(
                PANEL,
                'throw ControllerErrors.toAuraForRead(e, NO_ACCESS);',
                "throw ControllerErrors.toAura(e, 'Read');"
            );
            box.replace(
                SETUP,
                /public static UserMappingResult getMappingStatus\(\) \{[\s\S]*?\n {4}\}\n/,
                'public static UserMappingResult getMappingStatus() {\n        return new UserMappingRun().status();\n    }\n'
            );
            const panel = box.read(PANEL);
            const setup = box.read(SETUP);
            const { problems } = await errorPath.run({ root: box.root });
            const read = expectAt(
                problems,
                PANEL,
                lineOf(panel, "throw ControllerErrors.toAura(e, 'Read');"),
                'aura-shape'
            );
            assert.match(read.message, /cacheable method may not log/);
            const bare = expectAt(problems, SETUP, lineOf(setup, 'getMappingStatus() {'), 'aura-shape');
            assert.match(bare.message, /one try ending in catch/);
        }));

    it('fails a controller helper that turns the exception itself (the former `readable`)', () =>
        withSandbox(async (box) => {
            box.replace(PANEL, "throw ControllerErrors.toAura(e, 'Sync now', NO_ACCESS);", 'throw readable(e);');
            box.replace(
                PANEL,
                /\n\}\s*$/,
                '\n\n    private static Exception readable(Exception e) {\n        return e;\n    }\n}\n'
            );
            const text = box.read(PANEL);
            const { problems } = await errorPath.run({ root: box.root });
            expectAt(problems, PANEL, lineOf(text, 'throw readable(e);'), 'aura-shape');
            expectAt(problems, PANEL, lineOf(text, 'throw readable(e);'), 'controller-throw');
        }));

    it('fails a service sentence typed outside UserMessageException when a controller reaches it, not otherwise', () =>
        withSandbox(async (box) => {
            // PersonSearchService is reached by ZoomMeetingController.searchPeople.
            box.replace(SEARCH, 'throw new UserMessageException(', 'throw new SearchException(');
            box.replace(SEARCH, /\n\}\s*$/, '\n\n    public class SearchException extends Exception {\n    }\n}\n');
            // MeetingScheduleGuard runs in the scheduling job only: the same shape there is not thrown toward a controller.
            box.replace(SCHEDULE, 'throw new UserMessageException(', 'throw new GuardException(');
            box.replace(SCHEDULE, /\n\}\s*$/, '\n\n    public class GuardException extends Exception {\n    }\n}\n');
            const text = box.read(SEARCH);
            const { problems } = await errorPath.run({ root: box.root });
            const hit = expectAt(problems, SEARCH, lineOf(text, 'throw new SearchException('), 'outside-family');
            assert.match(hit.message, /ZoomMeetingController\.searchPeople/);
            assert.equal(problems.filter((p) => p.file === SCHEDULE).length, 0, JSON.stringify(problems));
            assert.equal(problems.length, 1, JSON.stringify(problems, null, 1));
        }));
});
