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

/** 1-based line of the first line of `file` matching `re` (0 when none). */
function lineMatching(file, re) {
    return (
        readFileSync(path.join(ROOT, file), 'utf8')
            .split('\n')
            .findIndex((l) => re.test(l)) + 1
    );
}

describe('deploy order (tests only after the permission sets)', () => {
    for (const script of ['scripts/deploy.sh', 'scripts/scratch-org.sh', 'scripts/org-tests.sh']) {
        it(`${script}: build, deploy without tests, assign permission sets, then run the tests`, () => {
            const build = lineMatching(script, /^npm run --silent build$/);
            const deploy = lineMatching(script, /^org_deploy /);
            const assign = lineMatching(script, /^org_assign_permsets /);
            const tests = lineMatching(script, /^org_run_tests /);
            assert.ok(
                build > 0 && build < deploy && deploy < assign && assign < tests,
                `${build} < ${deploy} < ${assign} < ${tests}`
            );
        });
    }

    it('org_deploy runs no tests; deploy.sh pauses scheduled jobs before deploying and resumes them', () => {
        assert.ok(lineMatching('scripts/lib/org.sh', /project deploy start .*--test-level NoTestRun/) > 0);
        const pause = lineMatching('scripts/deploy.sh', /^org_pause_jobs /);
        const deploy = lineMatching('scripts/deploy.sh', /^org_deploy "\$target" "\$project"$/);
        const resume = lineMatching('scripts/deploy.sh', /^org_resume_jobs /);
        assert.ok(pause > 0 && pause < deploy && deploy < resume, `${pause} < ${deploy} < ${resume}`);
        assert.ok(lineMatching('scripts/deploy.sh', /^trap finish EXIT$/) > 0, 'jobs resume on failure too');
    });

    it('package.sh builds the JavaScript before creating the version, with definition file, coverage and key', () => {
        const build = lineMatching('scripts/package.sh', /^npm run --silent build$/);
        const create = lineMatching('scripts/package.sh', /^"\$\{sf\[@\]\}" package version create/);
        assert.ok(build > 0 && build < create);
        const text = readFileSync(path.join(ROOT, 'scripts/package.sh'), 'utf8');
        assert.match(text, /--definition-file config\/project-scratch-def\.json/);
        assert.match(text, /--code-coverage/);
        assert.match(text, /--installation-key/);
        assert.match(text, /--wait \d+/);
    });
});

describe('LICENSE', () => {
    it('is the BSD 3-Clause text that package.json declares', () => {
        const license = readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
        assert.equal(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).license, 'BSD-3-Clause');
        assert.match(license, /^BSD 3-Clause License/);
        assert.match(license, /Copyright \(c\) \d{4}, Zoom for Salesforce contributors/);
        assert.match(license, /Neither the name of the copyright holder nor the names of its/);
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
