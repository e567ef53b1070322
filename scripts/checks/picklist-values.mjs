// Issue #12 item 2, "typed values": every picklist field has one home in Apex (a constants class naming the field in
// `FIELD`), the home matches the field's metadata, code writes and compares only values the field defines and names
// them through the home's constants, and the TypeScript union types of the values are current.
//
// Rules (each problem names file and line):
//   home-field        a home's FIELD names no picklist field of the package (at FIELD)
//   home-undefined    a constant of a home whose value the field does not define (at the constant)
//   home-incomplete   a value of the field without a constant in its home (at the value in the field's XML)
//   home-values       VALUES missing, or not every constant in the field's order (at VALUES or the class)
//   home-missing      a picklist field without a home (and not in EXEMPT of scripts/lib/picklists.mjs), or with two
//   undefined-value   Apex (tests too) writes or compares a literal the picklist does not define: `x.F__c = '…'`,
//                     `new T(F__c = '…')`, `x.put('F__c', '…')`, `x.F__c == '…'`/`!=`/`.equals('…')`, `when '…'` of
//                     a `switch on x.F__c`, and SOQL `F__c = '…'`/`!=`/`IN (…)`/`INCLUDES (…)`
//   use-constant      the same positions with a literal the field does define, outside its home: use the constant
//   alias             a constant outside a home that only renames a home's constant (STATUS_X = Home.X)
//   types-stale       types/apex/picklists.d.ts differs from what scripts/lib/picklists.mjs generates
//   dto-type          an Apex DTO field (one with an Apex.* interface in types/apex) set from a picklist field is not
//                     typed with the picklist's union type in its interface (so tsc cannot reject `status === 'Ende'`)
// The object of `x.F__c` comes from the Apex model (assignments on records of a declared type) or from x's declared
// type in the file; when neither gives it, from the field name when only one object has a picklist of that name
// (otherwise the literal must be defined by one of them). SOQL: the FROM object, or the object a `X__r.` path names.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { loadApexModel } from '../lib/apex-model.mjs';
import {
    EXEMPT,
    TYPES_FILE,
    apexString,
    blankComments,
    fieldOfHome,
    readHomes,
    readPicklistFields,
    renderPicklistTypes
} from '../lib/picklists.mjs';
import { ROOT, lineAt, listFiles, rel } from '../lib/project.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'Picklist values (one home per picklist, only defined values, through its constants)';

/**
 * Files whose findings were reported to their owner (FINDINGS12) and do not fail the step until fixed. A listed file
 * without findings fails the step (remove the entry), so the table cannot go stale.
 */
export const PENDING = new Map([]);

/**
 * Literals a field does not define, written on purpose (a test that provokes the platform's rejection), each with its
 * reason. An entry that matches nothing fails the step.
 */
export const INVALID_ON_PURPOSE = [
    {
        file: 'force-app/main/core/classes/DmlTest.cls',
        value: 'Not a status',
        reason: 'a value the restricted picklist rejects is how the test makes DML fail (all-or-none and partial saves)'
    }
];

const LIT = `'((?:\\\\.|[^'\\\\\\n])*)'`;
const RECV = `((?:[A-Za-z_]\\w*(?:\\s*\\[[^\\]\\n]*\\])?(?:\\s*\\([^()\\n]*\\))?\\s*\\.\\s*)+)`;

/** The span of a bracket that opens at `open` (index of `(`, `[` or `{`), string literals skipped. */
function closeOf(src, open) {
    const pair = { '(': ')', '[': ']', '{': '}' }[src[open]];
    let depth = 0;
    for (let i = open; i < src.length; i++) {
        const c = src[i];
        if (c === "'") {
            for (i++; i < src.length && src[i] !== "'"; i++) if (src[i] === '\\') i++;
        } else if (c === src[open]) depth++;
        else if (c === pair && --depth === 0) return i;
    }
    return src.length;
}

/** SOQL literals `[SELECT … FROM …]`: [{start, end}]. */
function soqlRanges(src) {
    const out = [];
    for (const m of src.matchAll(/\[\s*SELECT\b/gi)) {
        out.push({ start: m.index, end: closeOf(src, m.index) });
    }
    return out;
}

/** Declared type of variable `name` in `src` (closest declaration before `index`, else any), or null. */
function declaredType(src, name, index) {
    if (/^(this|super)$/i.test(name)) return null;
    const re = new RegExp(
        `(?<![\\w.])((?:zoomsf\\.)?[A-Za-z_][\\w.]*(?:\\s*<[\\w.,\\s<>]+>)?(?:\\s*\\[\\s*\\])?)\\s+${name}\\s*(?:[=;,):]|$)`,
        'gm'
    );
    let best = null;
    for (const m of src.matchAll(re)) {
        if (
            /^(return|new|else|throw|when|in|instanceof|final|static|public|private|protected|global|transient)$/i.test(
                m[1]
            )
        )
            continue;
        if (m.index < index || best === null) best = m[1];
        if (m.index > index) break;
    }
    return best;
}

/** The SObject a declared type holds: X, List<X>, Set<X>, X[], Map<K, X> → X (namespace prefix dropped). */
function sobjectOfType(type) {
    if (!type) return null;
    const t = type
        .replace(/\s+/g, '')
        .replace(/zoomsf\./gi, '')
        .replace(/\[\]$/, '');
    const m = /^(?:List|Set|Iterable)<(.+)>$/i.exec(t) ?? /^Map<[^,]+,(.+)>$/i.exec(t);
    return m ? sobjectOfType(m[1]) : t;
}

/**
 * Runs the check on the project at `root`. Options (self-tests): `pending` and `invalidOnPurpose` replace the tables.
 * @returns {Promise<{problems: Array<{file: string, line?: number, message: string, rule?: string}>, summary: string}>}
 */
export async function run({ root = ROOT, pending = PENDING, invalidOnPurpose = INVALID_ON_PURPOSE } = {}) {
    const problems = [];
    const purposeHits = new Set();
    const pendingHits = new Map();
    const fields = readPicklistFields(root);
    const homes = readHomes(root);
    const homed = new Map(); // field key -> home
    const homeOfFile = new Map();

    // --- Homes against the metadata ---------------------------------------------------------------------------
    for (const home of homes) {
        const field = fieldOfHome(fields, home);
        homeOfFile.set(home.file, home);
        if (!field) {
            problems.push({
                file: home.file,
                line: home.fieldLine,
                rule: 'home-field',
                message: `${home.name}.FIELD names ${home.object}.${home.field}, which is not a picklist field of the package`
            });
            continue;
        }
        if (homed.has(field.key)) {
            problems.push({
                file: home.file,
                line: home.fieldLine,
                rule: 'home-missing',
                message: `${field.key} already has its home in ${homed.get(field.key).file}: one home per picklist`
            });
            continue;
        }
        homed.set(field.key, home);
        const defined = field.values.map((v) => v.name);
        for (const c of home.constants) {
            if (!defined.includes(c.value)) {
                problems.push({
                    file: home.file,
                    line: c.line,
                    rule: 'home-undefined',
                    message: `${home.name}.${c.name} = '${c.value}' is not a value of ${field.key} (${field.file}: ${defined.join(', ')})`
                });
            }
        }
        for (const v of field.values) {
            if (!home.constants.some((c) => c.value === v.name)) {
                problems.push({
                    file: field.file,
                    line: v.line,
                    rule: 'home-incomplete',
                    message: `'${v.name}' of ${field.key} has no constant in ${home.file}: add one (and to VALUES)`
                });
            }
        }
        const expected = field.values.map((v) => home.constants.find((c) => c.value === v.name)?.name).filter(Boolean);
        if (!home.values) {
            problems.push({
                file: home.file,
                line: home.line,
                rule: 'home-values',
                message: `${home.name} has no VALUES = new List<String>{ ${expected.join(', ')} }`
            });
        } else if (home.values.names.join(',') !== expected.join(',')) {
            problems.push({
                file: home.file,
                line: home.values.line,
                rule: 'home-values',
                message: `${home.name}.VALUES must list every constant in the field's order: ${expected.join(', ')}`
            });
        }
    }
    for (const field of fields) {
        if (!homed.has(field.key) && !EXEMPT.has(field.key)) {
            problems.push({
                file: field.file,
                line: field.line,
                rule: 'home-missing',
                message:
                    `${field.key} has no home class (a constants class with FIELD = ${field.apexObject}.${field.field}, ` +
                    'one constant per value and VALUES), and is not exempt in scripts/lib/picklists.mjs'
            });
        }
    }

    // --- Apex sites -----------------------------------------------------------------------------------------------
    const checked = fields.filter((f) => !EXEMPT.has(f.key));
    const byName = new Map();
    for (const f of checked) {
        const k = f.field.toLowerCase();
        if (!byName.has(k)) byName.set(k, []);
        byName.get(k).push(f);
    }
    const objectField = (object, field) =>
        object
            ? checked.find(
                  (f) =>
                      f.field.toLowerCase() === field.toLowerCase() &&
                      (f.object.toLowerCase() === object.toLowerCase() ||
                          f.apexObject.toLowerCase() === object.toLowerCase())
              )
            : undefined;

    // Assignments the model typed: file -> line -> field (lower) -> sobject.
    const model = await loadApexModel(root);
    const assigned = new Map();
    for (const m of model.methods.values()) {
        for (const e of m.events) {
            if (e.k !== 'assign' || !e.sobject) continue;
            const file = m.file;
            if (!assigned.has(file)) assigned.set(file, new Map());
            const perLine = assigned.get(file);
            if (!perLine.has(e.line)) perLine.set(e.line, new Map());
            perLine.get(e.line).set(e.field.toLowerCase(), e.sobject);
        }
    }

    let sites = 0;
    const report = (file, line, rule, message) => {
        if (pending.has(file)) {
            pendingHits.set(file, (pendingHits.get(file) ?? 0) + 1);
            return;
        }
        problems.push({ file, line, rule, message });
    };
    const apexFiles = listFiles(path.join(root, 'force-app'), (p) => /\.(cls|trigger)$/.test(p));
    for (const abs of apexFiles) {
        const file = rel(root, abs);
        const src = blankComments(readFileSync(abs, 'utf8'));
        if (!/__c\b/i.test(src)) continue;
        const home = homeOfFile.get(file);
        // A second name for a home's constant (static final String STATUS_X = Home.X;) is a duplicate home.
        for (const m of src.matchAll(/\bstatic\s+final\s+String\s+(\w+)\s*=\s*(\w+)\s*\.\s*(\w+)\s*;/gi)) {
            const h = homes.find((x) => x.name.toLowerCase() === m[2].toLowerCase());
            if (!h || h === home || !h.constants.some((c) => c.name === m[3])) continue;
            report(
                file,
                lineAt(src, m.index),
                'alias',
                `${m[1]} repeats ${h.name}.${m[3]}: use ${h.name}.${m[3]} and remove ${m[1]}`
            );
        }
        const soql = soqlRanges(src);
        const inSoql = (i) => soql.some((r) => i >= r.start && i <= r.end);
        /** Judges one literal at `index` written to or compared with picklist field `field` of `object` (or null). */
        const judge = (index, fieldName, object, raw, how) => {
            const candidates = byName.get(fieldName.toLowerCase());
            if (!candidates) return;
            const exact = objectField(object, fieldName);
            const pool = exact ? [exact] : candidates;
            const line = lineAt(src, index);
            const value = apexString(raw);
            const multi = pool.every((f) => f.multi);
            const parts = multi ? value.split(';') : [value];
            sites++;
            for (const part of parts) {
                const owners = pool.filter((f) => f.values.some((v) => v.name === part));
                const names = pool.map((f) => `${f.apexObject}.${f.field}`).join(' or ');
                const purpose = invalidOnPurpose.find((p) => p.file === file && p.value === part);
                if (!owners.length && purpose) {
                    purposeHits.add(purpose);
                } else if (!owners.length) {
                    report(
                        file,
                        line,
                        'undefined-value',
                        `'${part}' ${how} ${names}, which does not define it (values: ${pool
                            .map((f) => f.values.map((v) => v.name).join(', '))
                            .join(' / ')})`
                    );
                } else if (!owners.some((f) => homed.get(f.key) === home)) {
                    const h = homed.get(owners[0].key);
                    const c = h?.constants.find((k) => k.value === part);
                    report(
                        file,
                        line,
                        'use-constant',
                        `'${part}' ${how} ${names}: use ${h && c ? `${h.name}.${c.name}` : 'the constant of its home class'}`
                    );
                }
            }
        };
        const receiverObject = (recv, index, fieldName) => {
            // The model's typed assignment on this line wins; else the declared type of the chain's last variable.
            const typed = assigned.get(file)?.get(lineAt(src, index))?.get(fieldName.toLowerCase());
            if (typed) return typed;
            const chain = recv
                .replace(/\[[^\]]*\]/g, '')
                .replace(/\(\s*\)/g, '')
                .split('.')
                .map((s) => s.trim())
                .filter(Boolean);
            if (chain.length !== 1) return null;
            return sobjectOfType(declaredType(src, chain[0], index));
        };

        // Apex (outside SOQL): x.F__c = '…', x.F__c == '…', x.F__c != '…'
        for (const m of src.matchAll(new RegExp(`${RECV}(\\w+__c)\\s*(==|!=|=(?!=))\\s*${LIT}`, 'g'))) {
            if (inSoql(m.index)) continue;
            const [, recv, fieldName, op, raw] = m;
            const at = m.index + m[0].lastIndexOf("'" + raw);
            judge(
                at,
                fieldName,
                receiverObject(recv, m.index, fieldName),
                raw,
                op === '=' ? 'is written to' : 'is compared with'
            );
        }
        // '…' == x.F__c
        for (const m of src.matchAll(new RegExp(`${LIT}\\s*(?:==|!=)\\s*${RECV}(\\w+__c)\\b`, 'g'))) {
            if (inSoql(m.index)) continue;
            const [, raw, recv, fieldName] = m;
            judge(m.index, fieldName, receiverObject(recv, m.index, fieldName), raw, 'is compared with');
        }
        // Assert.areEqual('…', x.F__c, …) and the other assertions, either order
        const assertion = `\\b(?:Assert\\s*\\.\\s*are(?:Not)?Equal|System\\s*\\.\\s*assert(?:Not)?Equals)\\s*\\(\\s*`;
        for (const m of src.matchAll(new RegExp(`${assertion}${LIT}\\s*,\\s*${RECV}(\\w+__c)\\b(?!\\s*\\.)`, 'gi'))) {
            const [, raw, recv, fieldName] = m;
            judge(
                m.index + m[0].indexOf("'"),
                fieldName,
                receiverObject(recv, m.index, fieldName),
                raw,
                'is compared with'
            );
        }
        // …and x.F__c.equals('…') / equalsIgnoreCase: both put the receiver first and the literal last.
        const receiverFirst = [
            new RegExp(`${assertion}${RECV}(\\w+__c)\\s*,\\s*${LIT}`, 'gi'),
            new RegExp(`${RECV}(\\w+__c)\\s*\\.\\s*equals(?:IgnoreCase)?\\s*\\(\\s*${LIT}`, 'gi')
        ];
        for (const m of receiverFirst.flatMap((pattern) => [...src.matchAll(pattern)])) {
            const [, recv, fieldName, raw] = m;
            judge(
                m.index + m[0].lastIndexOf("'" + raw),
                fieldName,
                receiverObject(recv, m.index, fieldName),
                raw,
                'is compared with'
            );
        }
        // new T(F__c = '…', …)
        for (const m of src.matchAll(/\bnew\s+((?:\w+\.)?\w+)\s*\(/gi)) {
            const open = m.index + m[0].length - 1;
            const close = closeOf(src, open);
            const args = src.slice(open, close);
            for (const a of args.matchAll(new RegExp(`(?<![\\w.])(\\w+__c)\\s*=(?!=)\\s*${LIT}`, 'g'))) {
                const at = open + a.index + a[0].lastIndexOf("'" + a[2]);
                judge(at, a[1], m[1].replace(/^(?:zoomsf|Schema)\./i, ''), a[2], 'is written to');
            }
        }
        // x.put('F__c', '…')
        for (const m of src.matchAll(
            new RegExp(`${RECV}put\\s*\\(\\s*'(?:zoomsf__)?(\\w+__c)'\\s*,\\s*${LIT}`, 'gi')
        )) {
            const [, recv, fieldName, raw] = m;
            judge(
                m.index + m[0].lastIndexOf("'" + raw),
                fieldName,
                receiverObject(recv, m.index, fieldName),
                raw,
                'is written to'
            );
        }
        // switch on x.F__c { when '…', '…' { } }
        for (const m of src.matchAll(new RegExp(`\\bswitch\\s+on\\s+${RECV}(\\w+__c)\\s*\\{`, 'gi'))) {
            const [, recv, fieldName] = m;
            const open = m.index + m[0].length - 1;
            const body = src.slice(open, closeOf(src, open));
            const object = receiverObject(recv, m.index, fieldName);
            for (const w of body.matchAll(/\bwhen\s+([^{]*)\{/gi)) {
                for (const l of w[1].matchAll(new RegExp(LIT, 'g'))) {
                    judge(open + w.index + w[0].indexOf(l[0]), fieldName, object, l[1], 'is a case of');
                }
            }
        }
        // SOQL: F__c = '…', != , <>, IN ('…'), NOT IN, INCLUDES, EXCLUDES
        for (const r of soql) {
            const q = src.slice(r.start, r.end);
            const cmp = new RegExp(
                `((?:\\w+\\.)*)(\\w+__c)\\s*(=|!=|<>|\\bNOT\\s+IN\\b|\\bIN\\b|\\bINCLUDES\\b|\\bEXCLUDES\\b)\\s*(\\(\\s*'[^)]*\\)|${LIT})`,
                'gi'
            );
            for (const c of q.matchAll(cmp)) {
                // The object: the one a relationship path names (Zoom_Meeting__r.Status__c), else the nearest FROM
                // before the condition (a sub-query's), else the query's.
                const froms = [...q.slice(0, c.index).matchAll(/\bFROM\s+(\w+)/gi)];
                let object = froms.length ? froms[froms.length - 1][1] : /\bFROM\s+(\w+)/i.exec(q)?.[1];
                const pathParts = c[1].split('.').filter(Boolean);
                if (pathParts.length) object = pathParts[pathParts.length - 1].replace(/__r$/i, '__c');
                if (object) object = object.replace(/^zoomsf__/i, '');
                for (const l of c[4].matchAll(new RegExp(LIT, 'g'))) {
                    judge(
                        r.start + c.index + c[0].indexOf(l[0], c[0].length - c[4].length),
                        c[2],
                        object,
                        l[1],
                        'is compared with'
                    );
                }
            }
        }
    }

    // --- TypeScript -----------------------------------------------------------------------------------------------
    const generated = await renderPicklistTypes(root);
    let current = null;
    try {
        current = readFileSync(path.join(root, TYPES_FILE), 'utf8');
    } catch {
        current = null;
    }
    if (current !== generated) {
        const a = (current ?? '').split('\n');
        const b = generated.split('\n');
        let i = 0;
        while (i < a.length && i < b.length && a[i] === b[i]) i++;
        problems.push({
            file: TYPES_FILE,
            line: current === null ? undefined : i + 1,
            rule: 'types-stale',
            message:
                current === null
                    ? 'missing: run `node scripts/lib/picklists.mjs`'
                    : `stale (expected: ${JSON.stringify(b[i] ?? '')}): run \`node scripts/lib/picklists.mjs\``
        });
    }
    const dtoChecks = checkDtoTypes(root, checked, homed);
    problems.push(...dtoChecks.problems);

    for (const [file, owner] of pending) {
        if (!pendingHits.has(file)) {
            problems.push({
                file,
                rule: 'use-constant',
                message: `listed as pending (${owner}) in picklist-values.mjs but has no finding any more: remove it from PENDING`
            });
        }
    }
    for (const p of invalidOnPurpose.filter((x) => !purposeHits.has(x))) {
        problems.push({
            file: p.file,
            rule: 'undefined-value',
            message: `INVALID_ON_PURPOSE lists '${p.value}' here but no such write remains: remove the entry`
        });
    }
    const pendingCount = [...pendingHits.values()].reduce((a, b) => a + b, 0);
    return {
        problems,
        summary:
            `${fields.length} picklist fields (${EXEMPT.size} exempt), ${homed.size} homes, ${sites} literal site(s) ` +
            `in Apex, ${dtoChecks.typed} DTO propert${dtoChecks.typed === 1 ? 'y' : 'ies'} typed with a picklist union` +
            (pendingCount
                ? `; ${pendingCount} finding(s) in ${pendingHits.size} other owners' files pending (FINDINGS12)`
                : '')
    };
}

/**
 * DTO properties that carry a picklist value must be typed with its union: an Apex class with an `Apex.<Class>`
 * interface that sets `<var>.<prop> = <record>.<Picklist__c>` (or `<prop> = …` in its own body).
 */
function checkDtoTypes(root, checked, homed) {
    const problems = [];
    let typed = 0;
    const interfaces = new Map(); // class -> {file, props: Map(prop -> {type, line})}
    for (const abs of listFiles(path.join(root, 'types', 'apex'), (f) => f.endsWith('.d.ts'))) {
        const source = ts.createSourceFile(abs, readFileSync(abs, 'utf8'), ts.ScriptTarget.Latest, true);
        for (const stmt of source.statements) {
            if (
                !ts.isModuleDeclaration(stmt) ||
                stmt.name.getText() !== 'Apex' ||
                !stmt.body ||
                !ts.isModuleBlock(stmt.body)
            )
                continue;
            for (const child of stmt.body.statements) {
                if (!ts.isInterfaceDeclaration(child)) continue;
                const props = new Map();
                for (const p of child.members.filter(ts.isPropertySignature)) {
                    props.set(p.name.getText(), {
                        type: p.type?.getText() ?? '',
                        line: source.getLineAndCharacterOfPosition(p.getStart()).line + 1
                    });
                }
                interfaces.set(child.name.text, { file: rel(root, abs), props });
            }
        }
    }
    const seen = new Set();
    for (const abs of listFiles(path.join(root, 'force-app'), (p) => p.endsWith('.cls'))) {
        const own = path.basename(abs, '.cls');
        const src = blankComments(readFileSync(abs, 'utf8'));
        if (!/__c\s*;/.test(src)) continue;
        for (const m of src.matchAll(/(?:\b(\w+)\s*\.\s*|(?<![\w.]))(\w+)\s*=\s*((?:\w+\s*\.\s*)*)(\w+__c)\s*;/g)) {
            const [, target, prop, recv, fieldName] = m;
            // The DTO is the declared type of `target` (dto.status = …), or this class for its own field (status = …).
            const name = target
                ? /^this$/i.test(target)
                    ? own
                    : sobjectOfType(declaredType(src, target, m.index))?.replace(/^.*\./, '')
                : own;
            const iface = name ? interfaces.get(name) : null;
            const info = iface?.props.get(prop);
            if (!info || seen.has(`${name}.${prop}`)) continue;
            const chain = recv
                .split('.')
                .map((x) => x.trim())
                .filter(Boolean);
            const object = chain.length === 1 ? sobjectOfType(declaredType(src, chain[0], m.index)) : null;
            const all = checked.filter((f) => f.field.toLowerCase() === fieldName.toLowerCase());
            const exact = all.filter(
                (f) => object && [f.object, f.apexObject].some((o) => o.toLowerCase() === object.toLowerCase())
            );
            const candidates = exact.length ? exact : all;
            const homes = candidates.map((f) => homed.get(f.key)).filter(Boolean);
            if (!homes.length) continue;
            seen.add(`${name}.${prop}`);
            if (homes.some((h) => new RegExp(`\\b(?:Apex\\.)?${h.name}\\b`).test(info.type))) {
                typed++;
                continue;
            }
            problems.push({
                file: iface.file,
                line: info.line,
                rule: 'dto-type',
                message:
                    `Apex.${name}.${prop} carries ${candidates.map((f) => `${f.apexObject}.${f.field}`).join(' or ')} ` +
                    `(${rel(root, abs)}:${lineAt(src, m.index)}): type it ${homes.map((h) => `Apex.${h.name}`).join(' or ')}`
            });
        }
    }
    return { problems, typed };
}

await runIfMain(import.meta.url, run);
