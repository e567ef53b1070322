// Self-tests: the Salesforce Graph Engine check fails on a data-flow FLS violation at its line, lists an entry point
// the engine cannot analyse instead of hiding it, and applies the reviewed file. The sandbox holds a tiny package
// (three classes and a test) so the engine's run stays short; the real project is what the `graph-engine` step runs.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import * as ge from '../graph-engine.mjs';
import { lineOf, makeSandbox } from './sandbox.mjs';

const DIR = 'force-app/main/default/classes';
const META =
    '<?xml version="1.0" encoding="UTF-8" ?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>65.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n';

const FLS = `${DIR}/AccountNamesProbe.cls`;
const fls = [
    '/** Account names for a component (the broken shape: no user mode, no FLS check). */',
    'public with sharing class AccountNamesProbe {',
    '    /** Names of the first accounts. */',
    '    @AuraEnabled',
    '    public static List<String> names() {',
    '        List<String> result = new List<String>();',
    '        for (Account row : [SELECT Name FROM Account LIMIT 10]) {',
    '            result.add(row.Name);',
    '        }',
    '        return result;',
    '    }',
    '}',
    ''
].join('\n');

const SAFE = `${DIR}/AccountNamesSafe.cls`;
const safe = fls
    .replace(/AccountNamesProbe/g, 'AccountNamesSafe')
    .replace('LIMIT 10]', 'WITH USER_MODE LIMIT 10]')
    .replace('the broken shape: no user mode, no FLS check', 'user mode');

const ACCEPTED = `${DIR}/AccountNamesAccepted.cls`;
const accepted = fls.replace(/AccountNamesProbe/g, 'AccountNamesAccepted');

const TEST = `${DIR}/AccountNamesProbeTest.cls`;
const test = [
    '@IsTest',
    'private class AccountNamesProbeTest {',
    '    @IsTest',
    '    static void readsNames() {',
    "        insert new Account(Name = 'A');",
    "        Assert.areEqual(1, AccountNamesProbe.names().size(), 'one account');",
    '    }',
    '}',
    ''
].join('\n');

/** Asserts that `problems` holds one whose file and line are the given ones; returns it. */
function expectAt(problems, file, line, rule) {
    const hit = problems.find((p) => p.file === file && p.line === line && (!rule || p.rule === rule));
    assert.ok(hit, `expected ${rule ?? 'a problem'} at ${file}:${line}, got ${JSON.stringify(problems, null, 1)}`);
    return hit;
}

describe('Salesforce Graph Engine check', () => {
    let box;
    before(() => {
        box = makeSandbox();
        rmSync(box.file('force-app'), { recursive: true, force: true });
        for (const [file, text] of [
            [FLS, fls],
            [SAFE, safe],
            [ACCEPTED, accepted],
            [TEST, test]
        ]) {
            box.write(file, text);
            box.write(file + '-meta.xml', META);
        }
    });
    after(() => box?.dispose());

    it('leaves test classes out of the graph', () => {
        const { targets, tests } = ge.graphFiles(box.root);
        assert.equal(tests, 1);
        assert.deepEqual(
            targets.map((f) => f.slice(box.root.length + 1)),
            [ACCEPTED, SAFE, FLS].sort()
        );
    });

    it('reports a read without field-level security at the query line, and applies the reviewed file', async () => {
        const line = lineOf(fls, 'SELECT Name FROM Account');
        const allowlist = [
            '[',
            `    { "rule": "ApexFlsViolation", "file": "${ACCEPTED}", "pattern": "SELECT Name", "reason": "self-test" },`,
            `    { "rule": "ApexFlsViolation", "file": "${SAFE}", "reason": "stale on purpose" },`,
            `    { "rule": "AvoidDatabaseOperationInLoop", "file": "${FLS}", "pattern": "no such text", "reason": "never matches" }`,
            ']',
            ''
        ].join('\n');
        box.write(ge.ALLOWLIST, allowlist);
        const { problems, summary, notes } = await ge.run({ root: box.root });
        const hit = expectAt(problems, FLS, line, 'ApexFlsViolation');
        assert.match(hit.message, /Name/);
        assert.ok(!problems.some((p) => p.file === SAFE), 'the user-mode query passes');
        assert.ok(!problems.some((p) => p.file === ACCEPTED), 'the accepted finding is not a problem');
        expectAt(problems, ge.ALLOWLIST, lineOf(allowlist, `"file": "${SAFE}"`), 'allowlist');
        expectAt(problems, ge.ALLOWLIST, lineOf(allowlist, '"AvoidDatabaseOperationInLoop"'), 'allowlist');
        assert.equal(problems.length, 3, JSON.stringify(problems, null, 1));
        assert.deepEqual(notes, [], 'every entry point of the probes is analysed');
        assert.match(summary, /3 Apex files \(1 test classes left out\), 0 entry points not analysed, 1 accepted/);
    });

    it('fails on an entry point that timed out unless the reviewed file accepts that timeout, and lists it', async () => {
        const allowlist = [
            '[',
            `    { "rule": "GraphEngineTimeout", "file": "${ACCEPTED}", "pattern": "names\\\\(\\\\)", "reason": "self-test" }`,
            ']',
            ''
        ].join('\n');
        box.write(ge.ALLOWLIST, allowlist);
        const { problems, summary, notes } = await ge.run({
            root: box.root,
            settings: { ...ge.SETTINGS, java_thread_timeout: 1 }
        });
        const entry = lineOf(fls, 'public static List<String> names()');
        expectAt(problems, FLS, entry, ge.TIMEOUT);
        expectAt(problems, SAFE, entry, ge.TIMEOUT);
        assert.ok(!problems.some((p) => p.file === ACCEPTED), 'the accepted timeout is not a problem');
        assert.ok(
            notes.some((n) => n.includes(`${ACCEPTED}:${entry}`) && n.includes('[accepted in')),
            `the accepted timeout is still listed: ${notes.join(' | ')}`
        );
        assert.match(summary, /3 entry points not analysed \(3 timed out: accepted findings not judged\)/);
    });

    it('fails with one clear problem when Java is missing', async () => {
        const { problems } = await ge.run({ java: '/nonexistent/bin/java' });
        assert.equal(problems.length, 1);
        assert.match(problems[0].message, /Java 17 is required/);
    });
});
