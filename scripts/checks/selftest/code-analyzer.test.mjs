// Self-tests: the Code Analyzer check (PMD's AppExchange + Recommended rule sets on Apex, XML, Visualforce, HTML and
// JavaScript, plus CPD) fails on each broken shape, naming the file and line, and the reviewed file of accepted
// findings is applied strictly. The sandbox holds a small package (not the whole project) so each run is short; the
// real project is what the `pmd` step of npm test runs.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import * as pmd from '../pmd.mjs';
import { lineOf, makeSandbox } from './sandbox.mjs';

const NO_JAVA = '/nonexistent/bin/java';
const DIR = 'force-app/main/default';
const CLASS_META =
    '<?xml version="1.0" encoding="UTF-8" ?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>65.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n';

const LOOP = `${DIR}/classes/MeetingLoopProbe.cls`;
const loop = [
    '/** Counts meetings, one query per id (the broken shape). */',
    'public with sharing class MeetingLoopProbe {',
    '    /** Meetings among the ids. */',
    '    public static Integer countMeetings(List<Id> meetingIds) {',
    '        Integer total = 0;',
    '        for (Id meetingId : meetingIds) {',
    '            total += [SELECT COUNT() FROM Account WHERE Id = :meetingId WITH USER_MODE];',
    '        }',
    '        return total;',
    '    }',
    '}',
    ''
].join('\n');

/** An Apex class whose one method is long enough (well over CPD's 100 tokens) to count as copied. */
function duplicate(name) {
    const lines = [`/** Copy ${name}. */`, `public with sharing class ${name} {`, '    /** Sums and labels. */'];
    lines.push('    public static String summary(List<Integer> values, String prefix) {');
    lines.push('        Integer total = 0;', '        Integer largest = null;', '        Integer smallest = null;');
    lines.push('        for (Integer value : values) {', '            total += value;');
    lines.push(
        '            if (largest == null || value > largest) {',
        '                largest = value;',
        '            }'
    );
    lines.push(
        '            if (smallest == null || value < smallest) {',
        '                smallest = value;',
        '            }'
    );
    lines.push('        }');
    lines.push("        String text = prefix + ': ' + total + ' in ' + values.size() + ' values';");
    lines.push("        text += ', largest ' + largest + ', smallest ' + smallest;");
    lines.push("        text += values.isEmpty() ? ' (none)' : ' (average ' + (total / values.size()) + ')';");
    lines.push('        return text.abbreviate(255);', '    }', '}', '');
    return lines.join('\n');
}
const DUP_A = `${DIR}/classes/SummaryProbeA.cls`;
const DUP_B = `${DIR}/classes/SummaryProbeB.cls`;

const PAGE = `${DIR}/pages/SearchProbe.page`;
const page = [
    '<apex:page docType="html-5.0">',
    '    <h1>Search</h1>',
    '    <script>',
    "        var query = '{!$CurrentPage.parameters.q}';",
    '    </script>',
    '</apex:page>',
    ''
].join('\n');
const PAGE_META =
    '<?xml version="1.0" encoding="UTF-8" ?>\n<ApexPage xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>65.0</apiVersion>\n    <label>SearchProbe</label>\n</ApexPage>\n';

const SITE = `${DIR}/remoteSiteSettings/ZoomProbe.remoteSite-meta.xml`;
const site = [
    '<?xml version="1.0" encoding="UTF-8" ?>',
    '<RemoteSiteSetting xmlns="http://soap.sforce.com/2006/04/metadata">',
    '    <disableProtocolSecurity>false</disableProtocolSecurity>',
    '    <isActive>true</isActive>',
    '    <url>http://api.zoom.us</url>',
    '</RemoteSiteSetting>',
    ''
].join('\n');

const TS = `${DIR}/lwc/probeNotice/probeNotice.ts`;
const ts = [
    "import { LightningElement } from 'lwc';",
    '',
    '/** Tells the page that a notice was closed. */',
    'export default class ProbeNotice extends LightningElement {',
    '    message = "";',
    '',
    '    handleClose(): void {',
    '        try {',
    '            this.message = JSON.parse(this.message) as string;',
    '        } catch {',
    "            this.message = '';",
    '        }',
    "        this.dispatchEvent(new CustomEvent('close', { bubbles: true, composed: true }));",
    '    }',
    '}',
    ''
].join('\n');
const TS_META =
    '<?xml version="1.0" encoding="UTF-8" ?>\n<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>65.0</apiVersion>\n    <isExposed>false</isExposed>\n</LightningComponentBundle>\n';

/** Asserts that `problems` holds one whose file and line are the given ones; returns it. */
function expectAt(problems, file, line, rule) {
    const hit = problems.find((p) => p.file === file && p.line === line && (!rule || p.rule === rule));
    assert.ok(hit, `expected ${rule ?? 'a problem'} at ${file}:${line}, got ${JSON.stringify(problems, null, 1)}`);
    return hit;
}

describe('Code Analyzer check (PMD rule sets on every language + CPD)', () => {
    let box;
    let first;
    before(async () => {
        box = makeSandbox();
        rmSync(box.file('force-app'), { recursive: true, force: true });
        box.write(LOOP, loop);
        box.write(LOOP + '-meta.xml', CLASS_META);
        for (const [file, name] of [
            [DUP_A, 'SummaryProbeA'],
            [DUP_B, 'SummaryProbeB']
        ]) {
            box.write(file, duplicate(name));
            box.write(file + '-meta.xml', CLASS_META);
        }
        box.write(PAGE, page);
        box.write(PAGE + '-meta.xml', PAGE_META);
        box.write(SITE, site);
        box.write(TS, ts);
        box.write(TS.replace(/\.ts$/, '.js-meta.xml'), TS_META);
        box.write(TS.replace(/\.ts$/, '.html'), '<template>\n    <p>{message}</p>\n</template>\n');
        // The build output beside the .ts (ESNext, `catch {}`) must not be scanned: Rhino cannot parse it.
        box.write(TS.replace(/\.ts$/, '.js'), 'export default class X { m() { try { f(); } catch { g(); } } }\n');
        box.write(pmd.ALLOWLIST, '[]\n');
        first = await pmd.run({ root: box.root });
    });
    after(() => box?.dispose());

    it('(Apex) reports a SOQL query inside a loop at the query line', () => {
        expectAt(first.problems, LOOP, lineOf(loop, 'SELECT COUNT()'), 'OperationWithLimitsInLoop');
    });

    it('(Visualforce) reports an unescaped merge field at its line', () => {
        const hit = expectAt(first.problems, PAGE, lineOf(page, '$CurrentPage.parameters.q'), 'VfUnescapeEl');
        assert.match(hit.message, /escap/i);
    });

    it('(XML metadata) reports an AppExchange rule on a remote site over plain http', () => {
        expectAt(first.problems, SITE, lineOf(site, '<url>'), 'AvoidInsecureHttpRemoteSiteSetting');
    });

    it('(JavaScript) scans the TypeScript emitted as ES5 and reports at the .ts line', () => {
        expectAt(first.problems, TS, lineOf(ts, 'composed: true'), 'AvoidLwcBubblesComposedTrue');
        assert.deepEqual(
            first.problems.filter((p) => p.rule === 'engine-error'),
            [],
            '`catch {}` is transpiled to a form the parser reads, and the ESNext build output is not scanned'
        );
    });

    it('(CPD) reports duplicated Apex, naming both copies', () => {
        const line = lineOf(duplicate('SummaryProbeA'), 'Integer total = 0;');
        const hits = first.problems.filter((p) => p.rule === 'DetectCopyPasteForApex');
        assert.equal(hits.length, 1, JSON.stringify(hits));
        assert.ok([DUP_A, DUP_B].includes(hits[0].file), hits[0].file);
        assert.match(hits[0].message, /Found 2 code locations/);
        const other = hits[0].file === DUP_A ? DUP_B : DUP_A;
        assert.ok(
            hits[0].message.includes(`Also at ${other}:`) && hits[0].line <= line,
            `${hits[0].file}:${hits[0].line} ${hits[0].message}`
        );
    });

    it('applies the reviewed file strictly: reasons required, rule-wide globs, line and pattern narrowing, stale entries', async () => {
        const vfLine = lineOf(page, '$CurrentPage.parameters.q');
        const allowlist = [
            '[',
            `    { "rule": "OperationWithLimitsInLoop", "file": "${LOOP}" },`,
            '    { "rule": "ApexDoc", "file": "force-app/**", "reason": "rule-wide waiver" },',
            `    { "rule": "VfUnescapeEl", "file": "${PAGE}", "line": ${vfLine + 1}, "reason": "wrong line" },`,
            `    { "rule": "AvoidLwcBubblesComposedTrue", "file": "force-app/**/lwc/*/*.ts", "pattern": "bubbles: true", "reason": "self-test" },`,
            `    { "rule": "AvoidInsecureHttpRemoteSiteSetting", "file": "${SITE}", "pattern": "https:", "reason": "pattern that does not match" },`,
            `    { "rule": "NoSuchRule", "file": "${SITE}", "reason": "unknown rule" }`,
            ']',
            ''
        ].join('\n');
        box.write(pmd.ALLOWLIST, allowlist);
        box.replace(TS, "this.message = '';", "this.message = ''; // NOPMD");
        const { problems, summary } = await pmd.run({ root: box.root });
        const at = (needle) => lineOf(allowlist, needle);
        assert.match(
            expectAt(problems, pmd.ALLOWLIST, at('"OperationWithLimitsInLoop"'), 'allowlist').message,
            /"reason" is missing/
        );
        expectAt(problems, LOOP, lineOf(loop, 'SELECT COUNT()'), 'OperationWithLimitsInLoop');
        assert.ok(!problems.some((p) => p.rule === 'ApexDoc'), 'the rule-wide entry waives every ApexDoc finding');
        assert.ok(!problems.some((p) => p.rule === 'AvoidLwcBubblesComposedTrue'), 'glob + pattern entry applies');
        expectAt(problems, PAGE, vfLine, 'VfUnescapeEl');
        assert.match(
            expectAt(problems, pmd.ALLOWLIST, at('"VfUnescapeEl"'), 'allowlist').message,
            /at line \d+ any more/
        );
        expectAt(problems, SITE, lineOf(site, '<url>'), 'AvoidInsecureHttpRemoteSiteSetting');
        expectAt(problems, pmd.ALLOWLIST, at('"AvoidInsecureHttpRemoteSiteSetting"'), 'allowlist');
        assert.match(
            expectAt(problems, pmd.ALLOWLIST, at('"NoSuchRule"'), 'allowlist').message,
            /no Code Analyzer check selects/
        );
        expectAt(problems, TS, lineOf(ts, "this.message = '';"), 'inline-suppression');
        assert.match(summary, /accepted in config\/code-analyzer-allowlist\.json/);
    });

    it('fails with one clear problem when Java is missing', async () => {
        const { problems } = await pmd.run({ java: NO_JAVA });
        assert.equal(problems.length, 1);
        assert.match(problems[0].message, /Java 17 is required/);
    });
});
