// Issue #16 (Zoom Phone), "numbers normalised to E.164": PhoneNumbers.cls reads country data generated from the pinned
// libphonenumber-js, and its test table is the reference library's answer too. The defects this catches: a library
// update (new lengths, a new calling code) not regenerated into Apex, and a table row the Apex normaliser is tested
// against that the reference library reads differently (the Apex test would then prove the wrong behaviour).
//
// Rules (each problem names file and line):
//   phone-data-stale     PhoneCountryData.cls differs from what scripts/lib/phone-countries.mjs generates
//   phone-row-disagrees  a row(raw, country, e164, extension) of PhoneNumbersTest.cls that libphonenumber-js reads
//                        differently (E.164 of a possible number, else null; and its extension)
//   phone-table-small    fewer than 30 rows or fewer than 6 countries in the table
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CLASS_PATH, generate } from '../lib/phone-countries.mjs';
import { ROOT, lineAt } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'Phone numbers (generated country data fresh, normalisation table agrees with libphonenumber-js)';

export const TEST_PATH = 'force-app/main/phone/classes/PhoneNumbersTest.cls';
const MIN_ROWS = 30;
const MIN_COUNTRIES = 6;

const STRING = String.raw`'((?:[^'\\]|\\.)*)'`;
const STRING_OR_NULL = String.raw`(?:'((?:[^'\\]|\\.)*)'|null)`;
const ROW = new RegExp(
    String.raw`\brow\(\s*${STRING},\s*${STRING_OR_NULL},\s*${STRING_OR_NULL},\s*${STRING_OR_NULL}\s*\)`,
    'g'
);
const unescape = (s) => (s === undefined ? null : s.replace(/\\(.)/g, '$1'));

/** The table rows of an Apex test source: { raw, country, e164, extension, index }. */
export function tableRows(source) {
    return [...source.matchAll(ROW)].map((m) => ({
        raw: unescape(m[1]),
        country: unescape(m[2]),
        e164: unescape(m[3]),
        extension: unescape(m[4]),
        index: m.index
    }));
}

/** What libphonenumber-js makes of a row: E.164 and extension of a possible number, else nulls. */
export function reference(parse, raw, country) {
    let number;
    try {
        number = parse(raw, country ? { defaultCountry: country } : undefined);
    } catch {
        number = undefined;
    }
    return number && number.isPossible()
        ? { e164: number.number, extension: number.ext ?? null }
        : { e164: null, extension: null };
}

export async function run({ root = ROOT } = {}) {
    const problems = [];
    const expected = await generate(root);
    const classFile = path.join(root, CLASS_PATH);
    const actual = existsSync(classFile) ? readFileSync(classFile, 'utf8') : '';
    if (actual !== expected) {
        const a = actual.split('\n');
        const e = expected.split('\n');
        let line = 0;
        while (line < Math.max(a.length, e.length) && a[line] === e[line]) line++;
        problems.push({
            file: CLASS_PATH,
            line: line + 1,
            rule: 'phone-data-stale',
            message: `differs from libphonenumber-js's metadata (expected: ${JSON.stringify(e[line] ?? '')}): run node scripts/lib/phone-countries.mjs`
        });
    }
    const require = createRequire(path.join(root, 'package.json'));
    const { parsePhoneNumberFromString } = require('libphonenumber-js/max');
    const source = readFileSync(path.join(root, TEST_PATH), 'utf8');
    const rows = tableRows(source);
    for (const row of rows) {
        const ref = reference(parsePhoneNumberFromString, row.raw, row.country);
        if (ref.e164 !== row.e164 || (ref.e164 !== null && ref.extension !== row.extension)) {
            problems.push({
                file: TEST_PATH,
                line: lineAt(source, row.index),
                rule: 'phone-row-disagrees',
                message: `'${row.raw}' in ${row.country}: the table says ${row.e164}${row.extension ? ' ext ' + row.extension : ''}, libphonenumber-js says ${ref.e164}${ref.extension ? ' ext ' + ref.extension : ''}`
            });
        }
    }
    const countries = new Set(rows.map((r) => r.country).filter(Boolean));
    if (rows.length < MIN_ROWS || countries.size < MIN_COUNTRIES) {
        problems.push({
            file: TEST_PATH,
            line: 1,
            rule: 'phone-table-small',
            message: `the normalisation table has ${rows.length} row(s) over ${countries.size} countries; at least ${MIN_ROWS} over ${MIN_COUNTRIES}`
        });
    }
    return {
        problems,
        summary: `PhoneCountryData checked; ${rows.length} table row(s) over ${countries.size} countries agree with libphonenumber-js`
    };
}

await runIfMain(import.meta.url, run);
