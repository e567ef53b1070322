// Self-tests: "every query in a selector" passes on the real project (findings reported to their owner pending) and
// names file and line of a query outside a …Selector class; tests and selectors are exempt; both tables stay fresh.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as queryHome from '../query-home.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const SETUP = 'force-app/main/core/classes/ZoomSetupService.cls';
const SETUP_TEST = 'force-app/main/core/classes/ZoomSetupServiceTest.cls';
const SHARING = 'force-app/main/meetings/classes/MeetingSharing.cls';

function expectAt(problems, file, line, rule) {
    const hit = problems.find((p) => p.file === file && p.line === line && p.rule === rule);
    assert.ok(hit, `expected ${rule} at ${file}:${line}, got ${JSON.stringify(problems, null, 1)}`);
    return hit;
}

describe('Every query in a selector (issue #12)', () => {
    it('passes on the real project, every pending class named with its owner', async () => {
        const { problems, summary } = await queryHome.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /^\d+ queries, \d+ in …Selector classes/);
        for (const [name, owner] of queryHome.PENDING) assert.ok(summary.includes(`${name} (${owner}:`), summary);
    });

    it('fails SOQL, a dynamic query and a locator back in a service, and not the same in a test class', () =>
        withSandbox(async (box) => {
            // The shape before issue #12: Zoom Setup counted users with its own query.
            box.replace(
                SETUP,
                'result.activeUsers = setup.countActiveUsers();',
                'result.activeUsers = [SELECT COUNT() FROM User WHERE IsActive = TRUE WITH USER_MODE];\n' +
                    "        result.mappedUsers = Database.countQuery('SELECT COUNT() FROM Zoom_User__c', AccessLevel.USER_MODE);"
            );
            box.replace(
                SHARING,
                'return ROWS.selectAllMeetings();',
                'return Database.getQueryLocator([SELECT Id FROM Zoom_Meeting__c WITH SYSTEM_MODE]);'
            );
            box.replace(
                SETUP_TEST,
                /\n\}\s*$/,
                "\n\n    @IsTest\n    static void probe() {\n        Assert.isTrue([SELECT COUNT() FROM User WITH SYSTEM_MODE] > 0, 'users');\n    }\n}\n"
            );
            const setup = box.read(SETUP);
            const sharing = box.read(SHARING);
            const { problems } = await queryHome.run({ root: box.root });
            const soql = expectAt(
                problems,
                SETUP,
                lineOf(setup, 'result.activeUsers = [SELECT'),
                'query-outside-selector'
            );
            assert.match(soql.message, /^SOQL on User in ZoomSetupService\.status/);
            const dynamic = expectAt(problems, SETUP, lineOf(setup, 'Database.countQuery('), 'query-outside-selector');
            assert.match(dynamic.message, /^a dynamic query/);
            expectAt(problems, SHARING, lineOf(sharing, 'Database.getQueryLocator(['), 'query-outside-selector');
            assert.equal(problems.length, 3, JSON.stringify(problems, null, 1));
        }));

    it('lets a reviewed exemption pass, and fails stale exemptions and pending entries', () =>
        withSandbox(async (box) => {
            box.replace(
                SETUP,
                'result.activeUsers = setup.countActiveUsers();',
                'result.activeUsers = [SELECT COUNT() FROM User WHERE IsActive = TRUE WITH USER_MODE];'
            );
            const exempt = new Map([
                ...queryHome.EXEMPT,
                ['ZoomSetupService', 'self-test: an accepted query'],
                ['ZoomLightningOutController', 'self-test: a class without queries']
            ]);
            const pending = new Map([...queryHome.PENDING, ['MeetingSharing', 'err']]);
            const { problems } = await queryHome.run({ root: box.root, exempt, pending });
            assert.ok(!problems.some((p) => p.file === SETUP), JSON.stringify(problems, null, 1));
            assert.ok(
                problems.some(
                    (p) => p.rule === 'stale-entry' && /EXEMPT lists ZoomLightningOutController/.test(p.message)
                )
            );
            assert.ok(problems.some((p) => p.rule === 'stale-entry' && /PENDING lists MeetingSharing/.test(p.message)));
            assert.equal(problems.length, 2, JSON.stringify(problems, null, 1));
        }));
});
