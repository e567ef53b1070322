// Self-tests: Apex tests may not build Zoom answers by hand. A JSON literal with Zoom (snake_case) keys, a
// Map<String, Object> literal with one, and a put of one are found at their line; error bodies, camelCase LWC
// payloads, the exempt OAuth token answer, comments and non-test classes are left alone.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as zoomAnswers from '../zoom-answers.mjs';
import { withSandbox } from './sandbox.mjs';

const F = 'force-app/main/core/classes/XTest.cls';

describe('Zoom answers check', () => {
    it('passes on the real project', async () => {
        const { problems } = await zoomAnswers.run({});
        assert.deepEqual(problems, []);
    });

    it('flags a JSON literal with Zoom keys, at its line', () => {
        const hits = zoomAnswers.scan(F, '@IsTest\nclass XTest {\n  String b = \'{"id":1,"start_time":"x"}\';\n}');
        assert.equal(hits.length, 1);
        assert.equal(hits[0].line, 3);
        assert.match(hits[0].message, /hand-written Zoom JSON/);
    });

    it('flags a Map literal and a put that spell out a Zoom field', () => {
        const source = [
            '@IsTest',
            'class XTest {',
            '  Map<String, Object> m = new Map<String, Object>{',
            "      'id' => 1, 'join_url' => 'https://zoom.us/j/1'",
            '  };',
            "  void f() { m.put('participants_count', 2); }",
            '}'
        ].join('\n');
        const hits = zoomAnswers.scan(F, source);
        assert.deepEqual(
            hits.map((h) => h.line),
            [3, 6]
        );
        assert.match(hits[0].message, /join_url/);
        assert.match(hits[1].message, /'participants_count'/);
    });

    it('leaves error bodies, camelCase payloads, the OAuth token answer and comments alone', () => {
        const source = [
            '@IsTest',
            'class XTest {',
            '  String e = \'{"code":3001,"message":"Meeting does not exist."}\';',
            '  String o = \'{"reason":"Invalid client_id","error":"invalid_client"}\';',
            '  String p = \'{"meetingId":"1","fromDate":"2026-03-01"}\';',
            '  String t = \'{"access_token":"a","token_type":"bearer"}\';',
            '  // String c = \'{"start_time":"x"}\';',
            '}'
        ].join('\n');
        assert.deepEqual(zoomAnswers.scan(F, source), []);
    });

    it('reads only @IsTest classes and spares ZoomFixtures', () =>
        withSandbox(async (box) => {
            const body = '{\n    String b = \'{"start_time":"x"}\';\n}\n';
            box.write('force-app/main/core/classes/Plain.cls', `public class Plain ${body}`);
            box.write('force-app/main/core/classes/PlainTest.cls', `@IsTest\nprivate class PlainTest ${body}`);
            const { problems } = await zoomAnswers.run({ root: box.root });
            const files = new Set(problems.map((p) => p.file));
            assert.ok(files.has('force-app/main/core/classes/PlainTest.cls'));
            assert.ok(!files.has('force-app/main/core/classes/Plain.cls'));
            assert.ok(!files.has('force-app/main/core/classes/ZoomFixtures.cls'));
        }));
});
