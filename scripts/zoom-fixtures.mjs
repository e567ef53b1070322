#!/usr/bin/env node
// npm run fixtures: writes force-app/main/core/classes/ZoomFixtureData.cls from the Zoom fixtures in
// force-app/test/zoom (see scripts/lib/zoom-fixtures.mjs) and the webhook signature vectors (force-app/test/webhooks/
// signatures.json and WebhookSignatureVectors.cls, see scripts/lib/webhook-signature.mjs), then type-checks them.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { run } from './checks/zoom-fixtures.mjs';
import { ROOT } from './lib/project.mjs';
import { formatProblem } from './lib/report.mjs';
import { VECTORS_APEX_CLASS, VECTORS_FILE, buildVectors, vectorsApex, vectorsJson } from './lib/webhook-signature.mjs';
import { APEX_CLASS, generateApex, listFixtures } from './lib/zoom-fixtures.mjs';

writeFileSync(path.join(ROOT, APEX_CLASS), await generateApex(listFixtures(ROOT), ROOT));
const vectors = buildVectors(ROOT);
writeFileSync(path.join(ROOT, VECTORS_FILE), vectorsJson(vectors));
writeFileSync(path.join(ROOT, VECTORS_APEX_CLASS), await vectorsApex(vectors, ROOT));
const { problems, summary } = await run({ root: ROOT });
for (const p of problems) console.error(formatProblem(p));
console.log(problems.length ? `${problems.length} problem(s)` : `wrote ${APEX_CLASS}: ${summary}`);
process.exit(problems.length ? 1 : 0);
