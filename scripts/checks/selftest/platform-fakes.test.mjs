// Self-tests: check (d) "platform fakes are complete" passes on the real project and names file and line of a fake
// that misses a documented value, a switch that misses one, and a literal that is not a documented value.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../../lib/project.mjs';
import * as fakes from '../platform-fakes.mjs';
import { lineOf, withSandbox } from './sandbox.mjs';

const CREDENTIAL_TEST = 'force-app/main/core/classes/ZoomCredentialStatusTest.cls';
const SETUP_TEST = 'force-app/main/core/classes/ZoomSetupServiceTest.cls';
const SELECTOR = 'force-app/main/external-meetings/classes/ExternalMeetingSelector.cls';
const PROBE = 'force-app/main/core/classes/PlatformFakeProbe.cls';
const PROBE_TEST = 'force-app/main/core/classes/PlatformFakeProbeTest.cls';

function expectAt(problems, file, line, rule) {
    const hit = problems.find((p) => p.file === file && p.line === line && p.rule === rule);
    assert.ok(hit, `expected ${rule} at ${file}:${line}, got ${JSON.stringify(problems, null, 1)}`);
    return hit;
}

describe('Platform fakes are complete (check d)', () => {
    it('passes on the real project (other owners’ findings pending) and cites a source for every enum', async () => {
        const { problems, summary } = await fakes.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /^4 platform enums/);
        for (const entry of fakes.PLATFORM_ENUMS) {
            assert.match(entry.source, /^https:\/\/developer\.salesforce\.com\//, entry.id);
            assert.ok(entry.values.length >= 2, entry.id);
        }
    });

    it('reports a credential-status fake without Unknown (the Custom-protocol answer) at its first fake', () =>
        withSandbox(async (box) => {
            // The shape before the fix: the test faked Configured and NotConfigured, never Unknown.
            // Both test classes that fake the credential status (one seam) lose Unknown.
            const other = box
                .read(SETUP_TEST)
                .replaceAll(
                    'ConnectApi.CredentialAuthenticationStatus.Unknown',
                    'ConnectApi.CredentialAuthenticationStatus.NotConfigured'
                );
            box.write(SETUP_TEST, other);
            const broken = box
                .read(CREDENTIAL_TEST)
                .replaceAll(
                    'ConnectApi.CredentialAuthenticationStatus.Unknown',
                    'ConnectApi.CredentialAuthenticationStatus.NotConfigured'
                )
                .replaceAll(
                    'ConnectApi.CredentialAuthenticationStatus.values()',
                    'new List<ConnectApi.CredentialAuthenticationStatus>()'
                );
            box.write(CREDENTIAL_TEST, broken);
            const { problems } = await fakes.run({ root: box.root, pending: new Map() });
            const first =
                broken
                    .split('\n')
                    .findIndex((l) => /CredentialAuthenticationStatus\.(Configured|NotConfigured)\b/.test(l)) + 1;
            const hit = expectAt(problems, CREDENTIAL_TEST, first, 'fake-incomplete');
            assert.match(hit.message, /never Unknown/);
        }));

    it('counts the fakes of one seam together across test classes', () =>
        withSandbox(async (box) => {
            box.write(
                PROBE_TEST,
                [
                    '@IsTest',
                    'private class PlatformFakeProbeTest {',
                    '    private class UnknownReader implements ZoomCredentialStatus.Reader {',
                    '        public ConnectApi.ExternalCredential read(String developerName) {',
                    '            ConnectApi.ExternalCredentialPrincipal principal = new ConnectApi.ExternalCredentialPrincipal();',
                    '            principal.authenticationStatus = ConnectApi.CredentialAuthenticationStatus.Unknown;',
                    '            return null;',
                    '        }',
                    '    }',
                    '}',
                    ''
                ].join('\n')
            );
            const { problems } = await fakes.run({ root: box.root, pending: new Map() });
            assert.equal(
                problems.filter((p) => p.file === CREDENTIAL_TEST || p.file === PROBE_TEST).length,
                0,
                JSON.stringify(problems, null, 1)
            );
        }));

    it('reports a fake that drops a value it used to cover', () =>
        withSandbox(async (box) => {
            box.write(
                PROBE_TEST,
                [
                    '@IsTest',
                    'private class PlatformFakeProbeTest {',
                    '    private class Finished implements JobOutcomeProbe.Source {',
                    '        public ParentJobResult getResult() { return ParentJobResult.SUCCESS; } // only-success',
                    '    }',
                    '    @IsTest',
                    '    static void schedules() {',
                    "        CronTrigger job = (CronTrigger) JSON.deserialize(JSON.serialize(new Map<String, Object>{ 'State' => 'WAITING' }), CronTrigger.class); // only-waiting",
                    '    }',
                    '}',
                    ''
                ].join('\n')
            );
            const { problems } = await fakes.run({ root: box.root, pending: new Map() });
            const src = box.read(PROBE_TEST);
            const result = expectAt(problems, PROBE_TEST, lineOf(src, 'only-success'), 'fake-incomplete');
            assert.match(result.message, /never UNHANDLED_EXCEPTION/);
            const state = expectAt(problems, PROBE_TEST, lineOf(src, 'only-waiting'), 'fake-incomplete');
            assert.match(state.message, /CronTrigger\.State records but never with ACQUIRED, EXECUTING/);
        }));

    it('reports a switch without else that misses a value, and an invented status literal', () =>
        withSandbox(async (box) => {
            box.write(
                PROBE,
                [
                    'public with sharing class PlatformFakeProbe {',
                    '    public static String describe(FinalizerContext context) {',
                    '        switch on context.getResult() { // the-switch',
                    '            when UNHANDLED_EXCEPTION {',
                    "                return 'failed';",
                    '            }',
                    '        }',
                    '        return null;',
                    '    }',
                    '    public static Boolean stillWaiting(CronTrigger job) {',
                    "        return job.State == 'WAITNG'; // the-typo",
                    '    }',
                    '}',
                    ''
                ].join('\n')
            );
            box.replace(SELECTOR, "'Preparing'", "'Pending'");
            const { problems } = await fakes.run({ root: box.root, pending: new Map() });
            const src = box.read(PROBE);
            const sw = expectAt(problems, PROBE, lineOf(src, 'the-switch'), 'switch-incomplete');
            assert.match(sw.message, /misses SUCCESS/);
            const typo = expectAt(problems, PROBE, lineOf(src, 'the-typo'), 'unknown-value');
            assert.match(typo.message, /'WAITNG' is compared with CronTrigger\.State/);
            const pending = expectAt(problems, SELECTOR, lineOf(box.read(SELECTOR), "'Pending'"), 'unknown-value');
            assert.match(pending.message, /'Pending' is compared with AsyncApexJob\.Status/);
        }));

    it('fails on a pending entry that has no finding any more', async () => {
        const { problems } = await fakes.run({
            pending: new Map([['force-app/main/core/classes/DmlTest.cls', 'nobody']])
        });
        const hit = problems.find((p) => p.file === 'force-app/main/core/classes/DmlTest.cls');
        assert.ok(hit);
        assert.match(hit.message, /remove it from PENDING/);
    });
});
