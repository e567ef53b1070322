#!/usr/bin/env node
// npm run docs:data-access: regenerates the field inventory of docs/data-access.md from the object metadata
// (labels, types, data classification and descriptions). `npm test` fails when the committed inventory is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOC, readObjects, renderInventory, withInventory } from './checks/field-docs.mjs';
import { ROOT } from './lib/project.mjs';

const file = path.join(ROOT, DOC);
const before = readFileSync(file, 'utf8');
const after = withInventory(before, renderInventory(readObjects(ROOT)));
if (after === before) {
    console.log(`${DOC}: inventory already current`);
} else {
    writeFileSync(file, after);
    console.log(`${DOC}: inventory updated`);
}
