#!/usr/bin/env node
// npm run docs:data-access: regenerates the field inventory of docs/data-access.md from the object metadata
// (labels, types, data classification and descriptions). `npm test` fails when the committed inventory is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOC, readObjects, renderInventory, withInventory } from './checks/field-docs.mjs';
import { renderPayload, withPayload } from './checks/registration-payload.mjs';
import { ROOT } from './lib/project.mjs';

const file = path.join(ROOT, DOC);
const before = readFileSync(file, 'utf8');
const payload = renderPayload(ROOT);
if (payload.problems.length) throw new Error(payload.problems.join('; '));
const after = withPayload(withInventory(before, renderInventory(readObjects(ROOT))), payload.section);
if (after === before) {
    console.log(`${DOC}: inventory already current`);
} else {
    writeFileSync(file, after);
    console.log(`${DOC}: inventory updated`);
}
