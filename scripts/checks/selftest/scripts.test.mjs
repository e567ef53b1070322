// Self-tests of the shell scripts and their helpers: every script parses (bash -n), the org-tests script takes its
// no-Dev-Hub path with one line and exit 0 (the path CI takes here), and the Apex result summary fails on failures.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { summarise } from '../../lib/apex-results.mjs';
import { ROOT } from '../../lib/project.mjs';

const SCRIPTS = [
    ...readdirSync(path.join(ROOT, 'scripts'))
        .filter((f) => f.endsWith('.sh'))
        .map((f) => `scripts/${f}`),
    'scripts/lib/org.sh',
    '.ci/run'
];

describe('shell scripts', () => {
    it('include deploy, scratch-org, package, setup and org-tests', () => {
        for (const name of ['deploy', 'scratch-org', 'package', 'setup', 'org-tests']) {
            assert.ok(SCRIPTS.includes(`scripts/${name}.sh`), `scripts/${name}.sh exists`);
        }
    });

    for (const script of SCRIPTS) {
        it(`${script} parses (bash -n)`, () => {
            const r = spawnSync('bash', ['-n', path.join(ROOT, script)], { encoding: 'utf8' });
            assert.equal(r.status, 0, r.stderr);
        });
    }

    it('org-tests.sh without a Dev Hub prints one line and succeeds', () => {
        const env = { ...process.env };
        delete env.SF_DEVHUB_AUTH_URL;
        const r = spawnSync('bash', [path.join(ROOT, 'scripts/org-tests.sh')], { encoding: 'utf8', env });
        assert.equal(r.status, 0, r.stderr);
        const lines = r.stdout.trim().split('\n');
        assert.equal(lines.length, 1, r.stdout);
        assert.match(lines[0], /^org tests: skipped: no Dev Hub configured \(set SF_DEVHUB_AUTH_URL/);
    });

    it('.ci/run calls setup.sh and org-tests.sh (one copy of the installs)', () => {
        const run = readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
        assert.match(run, /^bash scripts\/setup\.sh$/m);
        assert.match(run, /^bash scripts\/org-tests\.sh$/m);
        assert.doesNotMatch(run, /apt-get/, '.ci/run installs nothing itself');
    });
});

describe('Apex test results (scripts/lib/apex-results.mjs)', () => {
    it('passes when every test passed and prints the counts and coverage', () => {
        const { ok, lines } = summarise({
            status: 0,
            result: { summary: { outcome: 'Passed', passing: 3, failing: 0, orgWideCoverage: '91%' }, tests: [] }
        });
        assert.equal(ok, true);
        assert.deepEqual(lines, ['apex: 3 passed, 0 failed', 'Apex code coverage: 91% (org-wide), outcome Passed']);
    });

    it('fails and names each failing test', () => {
        const { ok, lines } = summarise({
            status: 100,
            result: {
                summary: { outcome: 'Failed', passing: 1, failing: 1, orgWideCoverage: '80%' },
                tests: [
                    { Outcome: 'Pass', FullName: 'ATest.ok' },
                    {
                        Outcome: 'Fail',
                        FullName: 'BTest.bad',
                        Message: 'System.AssertException: x',
                        StackTrace: 'line 3'
                    }
                ]
            }
        });
        assert.equal(ok, false);
        assert.ok(lines.includes('  FAIL BTest.bad: System.AssertException: x'));
        assert.ok(lines.includes('apex: 1 passed, 1 failed'));
    });

    it('fails when the CLI gave no summary (the run did not happen)', () => {
        const { ok, lines } = summarise({ status: 1, name: 'NoOrgFound', message: 'No org' });
        assert.equal(ok, false);
        assert.match(lines[0], /did not run: No org/);
    });
});
