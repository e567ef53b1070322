// Self-tests of the org-shape check: each breaks the scratch definition or sfdx-project.json in a sandbox copy and
// asserts the file, line and rule, starting with the shape issue #9 found (activitySettings).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as orgShape from '../org-shape.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const DEF = 'config/project-scratch-def.json';
const PROJECT = 'sfdx-project.json';

function problemIn(problems, file, rule) {
    const hits = problems.filter((p) => p.file === file && p.rule === rule);
    assert.ok(hits.length, `expected a ${rule} problem in ${file}, got ${JSON.stringify(problems, null, 2)}`);
    return hits;
}

describe('org-shape check', () => {
    it('passes on the real project', async () => {
        const { problems, summary } = await orgShape.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /Shared Activities/);
    });

    it('reports activitySettings (not a settings type) and the Shared Activities it then lacks', () =>
        withSandbox(async (box) => {
            box.replace(DEF, '"activitiesSettings"', '"activitySettings"');
            const { problems } = await orgShape.run({ root: box.root });
            const [hit] = problemIn(problems, DEF, 'settings-type');
            assert.equal(hit.line, lineOf(box.read(DEF), '"activitySettings"'));
            assert.match(
                hit.message,
                /ActivitySettings is not a \*Settings metadata type.*did you mean activitiesSettings/
            );
            const [missing] = problemIn(problems, DEF, 'feature-missing');
            assert.match(
                missing.message,
                /Shared Activities is used \(force-app\/main\/meetings\/classes\/EventPeople\.cls:\d+\)/
            );
        }));

    it('reports a property the settings type does not have, at its line', () =>
        withSandbox(async (box) => {
            box.replace(DEF, '"enableMultidayEvents"', '"enableMultiDayEvents"');
            const { problems } = await orgShape.run({ root: box.root });
            const [hit] = problemIn(problems, DEF, 'settings-property');
            assert.equal(hit.line, lineOf(box.read(DEF), '"enableMultiDayEvents"'));
            assert.match(hit.message, /did you mean enableMultidayEvents/);
        }));

    it('follows nested settings types (SecuritySettings.sessionSettings)', () =>
        withSandbox(async (box) => {
            box.replace(DEF, '"forceRelogin"', '"forceReLogins"');
            const { problems } = await orgShape.run({ root: box.root });
            const [hit] = problemIn(problems, DEF, 'settings-property');
            assert.match(
                hit.message,
                /settings\.securitySettings\.sessionSettings\.forceReLogins is not a property of SessionSettings/
            );
        }));

    it('reports a boolean setting given as text', () =>
        withSandbox(async (box) => {
            box.replace(DEF, '"enableS1DesktopEnabled": true', '"enableS1DesktopEnabled": "true"');
            const { problems } = await orgShape.run({ root: box.root });
            assert.equal(
                problemIn(problems, DEF, 'settings-value')[0].line,
                lineOf(box.read(DEF), 'enableS1DesktopEnabled')
            );
        }));

    it('reports a package directory without definitionFile', () =>
        withSandbox(async (box) => {
            box.replace(PROJECT, /\s*"definitionFile": "config\/project-scratch-def.json",/, '');
            const { problems } = await orgShape.run({ root: box.root });
            assert.match(problemIn(problems, PROJECT, 'definition-file')[0].message, /names no definitionFile/);
        }));

    it('reports a misspelt sfdx-project.json key', () =>
        withSandbox(async (box) => {
            box.replace(PROJECT, '"definitionFile"', '"definitonFile"');
            const { problems } = await orgShape.run({ root: box.root });
            assert.equal(
                problemIn(problems, PROJECT, 'project-key')[0].line,
                lineOf(box.read(PROJECT), '"definitonFile"')
            );
        }));

    it('reports a dynamic dashboard (the LoggedInUser shape before the fix)', () =>
        withSandbox(async (box) => {
            const dashboard = 'force-app/main/meetings/dashboards/Zoom_Dashboards/Zoom_Meetings.dashboard-meta.xml';
            box.replace(
                dashboard,
                '<dashboardType>SpecifiedUser</dashboardType>',
                '<dashboardType>LoggedInUser</dashboardType>'
            );
            const { problems } = await orgShape.run({ root: box.root });
            const [hit] = problemIn(problems, dashboard, 'edition-limit');
            assert.equal(hit.line, lineOf(box.read(dashboard), '<dashboardType>'));
        }));

    it('reports Platform Cache used by the code but missing from the build definition', () =>
        withSandbox(async (box) => {
            box.replace(DEF, '"PlatformCache", ', '');
            const { problems } = await orgShape.run({ root: box.root });
            const [hit] = problemIn(problems, DEF, 'feature-missing');
            assert.match(hit.message, /Platform Cache is used \(force-app\/main\/core\/.*\)/);
        }));
});
