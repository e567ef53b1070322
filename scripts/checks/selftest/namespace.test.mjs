// Self-tests of the namespace check: each puts back one shape that resolves in only one of the two views (the
// zoomsf package, an unnamespaced org) and asserts the file, line and rule; and of the unnamespaced-copy rewrite.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as namespace from '../namespace.mjs';
import { stripNamespace } from '../../lib/namespace.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const USER = 'force-app/main/core/permissionsets/Zoom_User.permissionset-meta.xml';
const OAUTH = 'force-app/main/core/namedCredentials/Zoom_OAuth.namedCredential-meta.xml';
const ENDPOINTS = 'force-app/main/core/classes/ZoomEndpoints.cls';
const TOKEN_CACHE = 'force-app/main/core/classes/ZoomTokenCache.cls';
const SETUP_SERVICE = 'force-app/main/core/classes/ZoomSetupService.cls';
const PAGE = 'force-app/main/meetings/flexipages/Zoom_Event_Record_Page.flexipage-meta.xml';

/** The one problem of `file` with `rule`, with a readable failure message when there is none. */
function problemIn(problems, file, rule) {
    const hits = problems.filter((p) => p.file === file && p.rule === rule);
    assert.ok(hits.length, `expected a ${rule} problem in ${file}, got ${JSON.stringify(problems, null, 2)}`);
    return hits[0];
}

describe('namespace check', () => {
    it('passes on the real project', async () => {
        const { problems, summary } = await namespace.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /resolve as the zoomsf package and in the unnamespaced copy/);
    });

    it('reports a principal granted without the package namespace (the shape before the fix)', () =>
        withSandbox(async (box) => {
            box.replace(USER, 'zoomsf__Zoom-ZoomAccount', 'Zoom-ZoomAccount');
            const { problems } = await namespace.run({ root: box.root });
            const hit = problemIn(problems, USER, 'principal');
            assert.equal(hit.line, lineOf(box.read(USER), '<externalCredentialPrincipal>Zoom-ZoomAccount'));
            assert.match(hit.message, /expects "zoomsf__Zoom-ZoomAccount"/);
        }));

    it('reports a principal the external credential does not have', () =>
        withSandbox(async (box) => {
            box.replace(USER, 'zoomsf__Zoom-ZoomAccount', 'zoomsf__Zoom-ZoomUser');
            const { problems } = await namespace.run({ root: box.root });
            assert.match(problemIn(problems, USER, 'principal').message, /not a principal of external credential Zoom/);
        }));

    it('reports a principal of another namespace in both views', () =>
        withSandbox(async (box) => {
            box.replace(USER, 'zoomsf__Zoom-ZoomAccount', 'other__Zoom-ZoomAccount');
            const { problems } = await namespace.run({ root: box.root });
            const hits = problems.filter((p) => p.file === USER && p.rule === 'principal');
            assert.equal(hits.length, 1, 'one problem per line, whatever the view');
        }));

    it('reports a permission set that grants the principal without Read on UserExternalCredential', () =>
        withSandbox(async (box) => {
            box.replace(
                USER,
                /<objectPermissions>\s*(<[^>]+>[^<]*<\/[^>]+>\s*)*?<object>UserExternalCredential<\/object>[\s\S]*?<\/objectPermissions>\s*/,
                ''
            );
            const { problems } = await namespace.run({ root: box.root });
            const hit = problemIn(problems, USER, 'user-external-credential');
            assert.equal(hit.line, lineOf(box.read(USER), '<externalCredentialPrincipalAccesses>'));
        }));

    it('reports a bare $Credential merge field in a named-credential formula', () =>
        withSandbox(async (box) => {
            box.replace(OAUTH, '$Credential.zoomsf__Zoom.ClientId', '$Credential.Zoom.ClientId');
            const { problems } = await namespace.run({ root: box.root });
            const hit = problemIn(problems, OAUTH, 'credential-merge-field');
            assert.equal(hit.line, lineOf(box.read(OAUTH), '$Credential.Zoom.ClientId'));
            assert.match(hit.message, /write \$Credential\.zoomsf__Zoom\./);
        }));

    it('reports the hard-coded token body and callout names in Apex (the shape before the fix)', () =>
        withSandbox(async (box) => {
            box.replace(ENDPOINTS, "return Namespace.callout('Zoom_API');", "return 'callout:Zoom_API';");
            box.replace(
                ENDPOINTS,
                /request\.setBody\([\s\S]*?\);\n/,
                "request.setBody('grant_type=account_credentials&account_id={!$Credential.Zoom.AccountId}');\n"
            );
            const { problems } = await namespace.run({ root: box.root });
            const hits = problems.filter((p) => p.file === ENDPOINTS && p.rule === 'apex-literal');
            const text = box.read(ENDPOINTS);
            assert.deepEqual(
                hits.map((h) => h.line).sort((a, b) => a - b),
                [lineOf(text, '{!$Credential.Zoom.AccountId}'), lineOf(text, "'callout:Zoom_API'")].sort(
                    (a, b) => a - b
                )
            );
        }));

    it('reports a literal cache partition passed to the platform', () =>
        withSandbox(async (box) => {
            box.replace(TOKEN_CACHE, 'Cache.Org.getPartition(PARTITION)', "Cache.Org.getPartition('local.ZoomTokens')");
            const { problems } = await namespace.run({ root: box.root });
            const hit = problemIn(problems, TOKEN_CACHE, 'apex-literal');
            assert.equal(hit.line, lineOf(box.read(TOKEN_CACHE), "getPartition('local.ZoomTokens')"));
        }));

    it('reports "c:" components on a FlexiPage', () =>
        withSandbox(async (box) => {
            box.replace(
                PAGE,
                '<componentName>zoomMeetingPanel</componentName>',
                '<componentName>c:zoomMeetingPanel</componentName>'
            );
            const { problems } = await namespace.run({ root: box.root });
            assert.equal(
                problemIn(problems, PAGE, 'flexipage-component').line,
                lineOf(box.read(PAGE), 'c:zoomMeetingPanel')
            );
        }));

    it('holds back a pending literal, and fails when a pending entry no longer matches (its owner fixed it)', () =>
        withSandbox(async (box) => {
            const pending = [{ file: SETUP_SERVICE, rule: 'apex-literal', why: 'self-test' }];
            const fixed = await namespace.run({ root: box.root, pending });
            problemIn(fixed.problems, SETUP_SERVICE, 'pending-stale');
            box.replace(SETUP_SERVICE, "Namespace.apexRestPath('webhook')", "'/services/apexrest/zoomsf/webhook'");
            const held = await namespace.run({ root: box.root, pending });
            assert.ok(
                !held.problems.some((p) => p.file === SETUP_SERVICE),
                `the pending literal is held back: ${JSON.stringify(held.problems)}`
            );
            const strict = await namespace.run({ root: box.root });
            problemIn(strict.problems, SETUP_SERVICE, 'apex-literal');
        }));
});

describe('unnamespaced copy (scripts/lib/namespace.mjs)', () => {
    it('strips the package namespace from principals and merge fields only', () => {
        const ps =
            '<externalCredentialPrincipal>zoomsf__Zoom-ZoomAccount</externalCredentialPrincipal>\n<field>zoomsf__X__c</field>';
        const out = stripNamespace(ps, 'a.permissionset-meta.xml', 'zoomsf');
        assert.equal(out.count, 1);
        assert.equal(
            out.text,
            '<externalCredentialPrincipal>Zoom-ZoomAccount</externalCredentialPrincipal>\n<field>zoomsf__X__c</field>'
        );
        const nc = stripNamespace(
            '{!$Credential.zoomsf__Zoom.ClientId & $Credential.other__Zoom.A}',
            'b.namedCredential-meta.xml',
            'zoomsf'
        );
        assert.equal(nc.text, '{!$Credential.Zoom.ClientId & $Credential.other__Zoom.A}');
        assert.equal(stripNamespace(ps, 'c.cls', 'zoomsf').count, 0, 'other files untouched');
    });
});
