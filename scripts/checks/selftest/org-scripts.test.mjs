// Self-tests of scripts/lib/org.sh against a stand-in for the Salesforce CLI: the anonymous Apex it writes (pause and
// schedule again the package's jobs, assign permission sets) parses as Apex and carries what was read from the org,
// and the deploy source is the repository for a zoomsf org, the unnamespaced copy for an unnamespaced org, and
// refused for another namespace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ApexErrorListener, ApexParserFactory } from '@apexdevtools/apex-parser';
import { ROOT } from '../../lib/project.mjs';

const work = mkdtempSync(path.join(os.tmpdir(), 'org-sh-'));
after(() => rmSync(work, { recursive: true, force: true }));

// The stand-in CLI: keeps every --file it is given, answers the Organization query from FAKE_ORG_NS and the job
// listing with one paused hourly sync.
const FAKE = path.join(work, 'fake-sf.sh');
writeFileSync(
    FAKE,
    `#!/usr/bin/env bash
args=("$@")
for ((i = 0; i < \${#args[@]}; i++)); do
    if [ "\${args[$i]}" = "--file" ]; then cp "\${args[$((i + 1))]}" "$FAKE_DIR/apex-$(date +%s%N).apex"; fi
done
if [ "$1 $2" = "data query" ]; then
    printf '{"result":{"records":[{"NamespacePrefix":%s,"IsSandbox":true}]}}' "\${FAKE_ORG_NS:-null}"
elif [ "$1 $2" = "apex run" ]; then
    printf '{"result":{"logs":"USER_DEBUG|ZOOMSF_PAUSED=[{\\\\"name\\\\":\\\\"Zoom hourly sync\\\\",\\\\"cron\\\\":\\\\"0 0 * * * ?\\\\",\\\\"ns\\\\":null,\\\\"cls\\\\":\\\\"HourlySyncJob\\\\"}]\\\\n"}}'
fi
`
);

/** Runs bash with org.sh sourced and SF replaced by the stand-in; returns the result and the Apex files written. */
function orgSh(script, env = {}) {
    const dir = mkdtempSync(path.join(work, 'run-'));
    const r = spawnSync('bash', ['-c', `set -euo pipefail; source scripts/lib/org.sh; SF=(bash ${FAKE}); ${script}`], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, FAKE_DIR: dir, ...env }
    });
    const apex = readdirSync(dir)
        .filter((f) => f.endsWith('.apex'))
        .sort()
        .map((f) => readFileSync(path.join(dir, f), 'utf8'));
    return { ...r, apex, dir };
}

/** Syntax errors of anonymous Apex, as the real parser reports them. */
function apexErrors(source) {
    const errors = [];
    class Listener extends ApexErrorListener {
        apexSyntaxError(line, column, msg) {
            errors.push(`${line}:${column} ${msg}`);
        }
    }
    const { parser } = ApexParserFactory.createLexerAndParser(source, new Listener());
    parser.anonymousUnit();
    return errors;
}

describe('scripts/lib/org.sh', () => {
    it('the parser check can fail (broken Apex is reported)', () => {
        assert.ok(apexErrors('System.debug(;').length > 0);
    });

    it('pauses the package scheduled jobs with Apex that parses, and remembers them', () => {
        const state = path.join(work, 'paused.json');
        const r = orgSh(`org_pause_jobs my-org ${state}`);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.apex.length, 1);
        assert.deepEqual(apexErrors(r.apex[0]), []);
        assert.match(r.apex[0], /'HourlySyncJob'/, 'the package classes are listed');
        assert.match(r.apex[0], /System\.abortJob\(cron\.Id\)/);
        assert.deepEqual(JSON.parse(readFileSync(state, 'utf8')), [
            { name: 'Zoom hourly sync', cron: '0 0 * * * ?', ns: null, cls: 'HourlySyncJob' }
        ]);
        assert.match(r.stdout, /Paused the package's scheduled jobs in 'my-org': Zoom hourly sync/);
    });

    it('schedules the paused jobs again with the same name, schedule and class', () => {
        const state = path.join(work, 'resume.json');
        writeFileSync(
            state,
            JSON.stringify([{ name: "Zoom's sync", cron: '0 0 * * * ?', ns: 'zoomsf', cls: 'HourlySyncJob' }])
        );
        const r = orgSh(`org_resume_jobs my-org ${state}`);
        assert.equal(r.status, 0, r.stderr);
        assert.deepEqual(apexErrors(r.apex[0]), []);
        assert.equal(
            r.apex[0].trim(),
            "System.schedule('Zoom\\'s sync', '0 0 * * * ?', (Schedulable) Type.forName('zoomsf', 'HourlySyncJob').newInstance());"
        );
    });

    it('does nothing to resume when nothing was paused', () => {
        const state = path.join(work, 'none.json');
        writeFileSync(state, '[]');
        const r = orgSh(`org_resume_jobs my-org ${state}`);
        assert.equal(r.status, 0, r.stderr);
        assert.equal(r.apex.length, 0);
    });

    it('assigns the permission sets with Apex that parses and skips existing assignments', () => {
        const r = orgSh('org_assign_permsets my-org Zoom_Admin Zoom_User');
        assert.equal(r.status, 0, r.stderr);
        assert.deepEqual(apexErrors(r.apex[0]), []);
        assert.match(r.apex[0], /new Set<String>\{ 'Zoom_Admin','Zoom_User' \}/);
        assert.match(r.apex[0], /wanted\.remove\(a\.PermissionSet\.Name\)/);
    });

    it('deploys the repository to a zoomsf org and the unnamespaced copy to an unnamespaced org', () => {
        const namespaced = orgSh(`org_source_project my-org ${work}`, { FAKE_ORG_NS: '"zoomsf"' });
        assert.equal(namespaced.status, 0, namespaced.stderr);
        assert.equal(namespaced.stdout.trim(), ROOT);
        const bare = orgSh(`org_source_project my-org ${work}`);
        assert.equal(bare.status, 0, bare.stderr);
        const copy = bare.stdout.trim();
        assert.equal(copy, path.join(work, 'unnamespaced'));
        assert.equal(JSON.parse(readFileSync(path.join(copy, 'sfdx-project.json'), 'utf8')).namespace, undefined);
        const ps = readFileSync(
            path.join(copy, 'force-app/main/core/permissionsets/Zoom_User.permissionset-meta.xml'),
            'utf8'
        );
        assert.match(ps, /<externalCredentialPrincipal>Zoom-ZoomAccount</);
    });

    it('refuses an org of another namespace', () => {
        const r = orgSh(`org_source_project my-org ${work}`, { FAKE_ORG_NS: '"other"' });
        assert.notEqual(r.status, 0);
        assert.match(r.stderr, /FAIL: org 'my-org' has namespace 'other'/);
    });
});
