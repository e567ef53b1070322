// Self-tests of the zoom-endpoints check: a throw-away project with one Apex class that names a retired Zoom path.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import * as zoomEndpoints from '../zoom-endpoints.mjs';

const CLASS = 'force-app/main/phone/classes/OldCallLogs.cls';

function withClass(source, body) {
    const root = mkdtempSync(path.join(os.tmpdir(), 'zoom-endpoints-'));
    try {
        mkdirSync(path.join(root, path.dirname(CLASS)), { recursive: true });
        writeFileSync(path.join(root, CLASS), source);
        return body(root);
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
}

describe('zoom-endpoints check', () => {
    it('passes on the real project', async () => {
        const { problems, summary } = await zoomEndpoints.run({});
        assert.deepEqual(problems, []);
        assert.match(summary, /name no retired Zoom endpoint/);
    });

    it('reports the account call logs at their line', () =>
        withClass(
            "public class OldCallLogs {\n    // reads '/phone/call_logs' no more\n    String path = '/phone/call_logs';\n}\n",
            async (root) => {
                const { problems } = await zoomEndpoints.run({ root });
                assert.equal(problems.length, 1, JSON.stringify(problems));
                assert.equal(problems[0].file, CLASS);
                assert.equal(problems[0].line, 3);
                assert.equal(problems[0].rule, 'retired-endpoint');
                assert.match(problems[0].message, /\/phone\/call_history/);
            }
        ));

    it('reports a user call-log path built from pieces', () =>
        withClass(
            "public class OldCallLogs {\n    String p = '/phone/users/' + id + '/call_logs';\n}\n",
            async (root) => {
                const { problems } = await zoomEndpoints.run({ root });
                assert.equal(problems.length, 1, JSON.stringify(problems));
                assert.equal(problems[0].line, 2);
            }
        ));

    it('ignores test classes', () =>
        withClass("@IsTest\nprivate class OldCallLogs {\n    String p = '/phone/call_logs';\n}\n", async (root) => {
            const { problems } = await zoomEndpoints.run({ root });
            assert.deepEqual(problems, []);
        }));

    it('ignores comments, the call history, the JSON key and look-alike words', () =>
        withClass(
            "/* GET '/phone/call_logs' is retired */\npublic class OldCallLogs {\n    String a = '/phone/call_history';\n    String b = 'call_logs_total';\n    String d = 'call_logs';\n    String c = 'it\\'s /phone/call_history';\n}\n",
            async (root) => {
                const { problems } = await zoomEndpoints.run({ root });
                assert.deepEqual(problems, []);
            }
        ));
});
