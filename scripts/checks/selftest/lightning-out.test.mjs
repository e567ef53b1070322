// Self-tests: the Lightning Out closure check follows dependencies, `c/…` imports and template children, and names
// the file and line of a module Lightning Out does not support; Visualforce must not name the app literally.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as lightningOut from '../lightning-out.mjs';
import { withSandbox } from './sandbox.mjs';

const APP = 'force-app/main/classic/aura/zoomOutApp/zoomOutApp.app';
const PANEL = 'force-app/main/meetings/lwc/zoomMeetingPanel/zoomMeetingPanel.ts';
const PARTICIPANTS = 'force-app/main/meetings/lwc/zoomParticipants/zoomParticipants.ts';
const MEETING_FORMAT = 'force-app/main/meetings/lwc/meetingFormat/meetingFormat.ts';
const LIGHTNING_OUT_VF = 'force-app/main/classic/components/ZoomLightningOut.component';

/** Puts `line` at the top of a source file; returns the 1-based line it lands on. */
function prepend(box, file, line) {
    box.write(file, `${line}\n${box.read(file)}`);
    return 1;
}

const only = (problems, file) => problems.filter((p) => p.file === file);

describe('Lightning Out closure check', () => {
    it('passes on the real project', async () => {
        const { problems, summary } = await lightningOut.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /^1 Lightning Out app\(s\): \d+ reachable bundles/);
    });

    it('maps template tags to bundle names', () => {
        assert.equal(lightningOut.tagToBundle('c-zoom-meeting-email'), 'zoomMeetingEmail');
        assert.equal(lightningOut.tagToBundle('c-panel'), 'panel');
    });

    it('flags a toast import in a component the app depends on, with file and line', () =>
        withSandbox(async (box) => {
            const line = prepend(box, PANEL, "import { ShowToastEvent } from 'lightning/platformShowToastEvent';");
            const hits = only((await lightningOut.run({ root: box.root })).problems, PANEL);
            assert.equal(hits.length, 1);
            assert.equal(hits[0].line, line);
            assert.equal(hits[0].rule, 'lightning-out');
            assert.match(hits[0].message, /zoomMeetingPanel imports lightning\/platformShowToastEvent/);
            assert.match(hits[0].message, /reached from zoomOutApp → zoomMeetingPanel$/);
        }));

    it('follows template children (<c-…>) to a NavigationMixin import', () =>
        withSandbox(async (box) => {
            box.write(
                PARTICIPANTS,
                box
                    .read(PARTICIPANTS)
                    .replace(
                        "import { LightningElement, api } from 'lwc';",
                        "import { LightningElement, api } from 'lwc';\nimport { NavigationMixin } from 'lightning/navigation';"
                    )
            );
            const hits = only((await lightningOut.run({ root: box.root })).problems, PARTICIPANTS);
            assert.equal(hits.length, 1, JSON.stringify(hits));
            assert.equal(hits[0].line, 2);
            assert.match(hits[0].message, /zoomOutApp → zoomMeetingPanel → zoomParticipants$/);
        }));

    it('follows c/ imports into service modules, and flags Lightning Message Service', () =>
        withSandbox(async (box) => {
            const line = prepend(box, MEETING_FORMAT, "import { publish } from 'lightning/messageService';");
            const hits = only((await lightningOut.run({ root: box.root })).problems, MEETING_FORMAT);
            assert.equal(hits.length, 1);
            assert.equal(hits[0].line, line);
            assert.match(hits[0].message, /meetingFormat imports lightning\/messageService/);
        }));

    it('ignores type-only imports (they vanish from the emitted JavaScript)', () =>
        withSandbox(async (box) => {
            prepend(box, PANEL, "import type { NavigationMixin } from 'lightning/navigation';");
            assert.deepEqual(only((await lightningOut.run({ root: box.root })).problems, PANEL), []);
        }));

    it('leaves components the app cannot reach alone', async () => {
        // zoomSetup (Lightning Experience only) imports lightning/navigation and is not reported.
        const { problems } = await lightningOut.run({});
        assert.equal(problems.filter((p) => p.file.includes('zoomSetup')).length, 0);
    });

    it('names a dependency on a component that does not exist', () =>
        withSandbox(async (box) => {
            box.replace(
                APP,
                '<aura:dependency resource="c:zoomMeetingEmail" />',
                '<aura:dependency resource="c:zoomGone" />'
            );
            const hits = only((await lightningOut.run({ root: box.root })).problems, APP);
            assert.equal(hits.length, 1);
            assert.match(hits[0].message, /depends on c:zoomGone, which is neither/);
            assert.equal(
                hits[0].line,
                box
                    .read(APP)
                    .split('\n')
                    .findIndex((l) => l.includes('c:zoomGone')) + 1
            );
        }));

    it('flags an Aura dependency that fires a container-only event', () =>
        withSandbox(async (box) => {
            box.write(
                'force-app/main/classic/aura/zoomToaster/zoomToaster.cmp',
                '<aura:component>\n    <aura:handler name="init" value="{!this}" action="{!c.init}" />\n</aura:component>\n'
            );
            box.write(
                'force-app/main/classic/aura/zoomToaster/zoomToasterController.js',
                '({\n    init: function () {\n        $A.get("e.force:showToast").fire();\n    }\n});\n'
            );
            box.replace(
                APP,
                '<aura:dependency resource="c:zoomMeetingEmail" />',
                '<aura:dependency resource="c:zoomToaster" />'
            );
            const hits = (await lightningOut.run({ root: box.root })).problems.filter((p) =>
                p.file.includes('zoomToaster')
            );
            assert.equal(hits.length, 1);
            assert.equal(hits[0].file, 'force-app/main/classic/aura/zoomToaster/zoomToasterController.js');
            assert.equal(hits[0].line, 3);
        }));

    it('refuses a literal Lightning Out app name in Visualforce', () =>
        withSandbox(async (box) => {
            box.replace(LIGHTNING_OUT_VF, "$Lightning.use('{!JSENCODE(appName)}'", "$Lightning.use('c:zoomOutApp'");
            const hits = only((await lightningOut.run({ root: box.root })).problems, LIGHTNING_OUT_VF);
            assert.equal(hits.length, 1);
            assert.equal(
                hits[0].line,
                box
                    .read(LIGHTNING_OUT_VF)
                    .split('\n')
                    .findIndex((l) => l.includes("'c:zoomOutApp'")) + 1
            );
            assert.match(hits[0].message, /names the app literally/);
        }));
});
