// Keeps the hand-written TypeScript declarations of Apex methods and DTOs (types/apex/*.d.ts) true to the Apex
// source, and makes sure every Apex method a component can call has exactly one typed declaration.
//  - `declare module '@salesforce/apex/<Class>.<method>'`: the class exists, declares `@AuraEnabled static <method>`,
//    and the parameter names of the declared `ApexMethod<{...}>` equal the Apex parameter names.
//  - `declare namespace Apex { interface <Dto> {...} }`: the Apex class <Dto> exists and its @AuraEnabled fields
//    are exactly the interface's properties.
//  - every `@AuraEnabled` static method in force-app has a declaration (so components can only call typed methods).
// TypeScript sources are read with the TypeScript compiler API; Apex with a small comment-aware scanner that only
// needs annotations, member names and parameter lists.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ROOT, lineAt, listFiles, rel } from '../lib/project.mjs';
import { blankCommentsAndStrings } from '../lib/apex-source.mjs';
import { runIfMain } from '../lib/report.mjs';

export const label = 'Apex ↔ TypeScript contracts';

/** Apex facts needed here: per class, its @AuraEnabled static methods (with parameter names) and fields. */
export function scanApex(root) {
    const classes = new Map();
    for (const file of listFiles(path.join(root, 'force-app'), (f) => f.endsWith('.cls'))) {
        const text = blankCommentsAndStrings(readFileSync(file, 'utf8'));
        const name = path.basename(file, '.cls');
        const info = { file: rel(root, file), methods: new Map(), fields: new Map() };
        const annotated =
            /@AuraEnabled\b(?:\s*\([^)]*\))?((?:\s*@\w+(?:\s*\([^)]*\))?)*)\s+((?:(?:public|global|private|protected|static|override|virtual|transient|final)\s+)*)([\w.<>,\s\[\]]+?)\s+(\w+)\s*(\(([^)]*)\)|[;={])/g;
        let m;
        while ((m = annotated.exec(text))) {
            const [, , modifiers, , member, tail, params] = m;
            const isMethod = tail.startsWith('(');
            const line = lineAt(text, m.index);
            if (isMethod) {
                const names = params
                    .split(',')
                    .map((p) => p.trim())
                    .filter(Boolean)
                    .map((p) => p.split(/\s+/).pop());
                info.methods.set(member, { params: names, line, isStatic: /\bstatic\b/i.test(modifiers) });
            } else {
                info.fields.set(member, { line });
            }
        }
        classes.set(name, info);
    }
    return classes;
}

/** TypeScript facts: declared Apex method modules and Apex.* DTO interfaces. */
export function scanDeclarations(root) {
    const methods = [];
    const dtos = [];
    for (const file of listFiles(path.join(root, 'types', 'apex'), (f) => f.endsWith('.d.ts'))) {
        const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
        const lineOfNode = (node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        for (const stmt of source.statements) {
            if (!ts.isModuleDeclaration(stmt)) continue;
            const moduleName = stmt.name.text ?? stmt.name.escapedText;
            if (ts.isStringLiteral(stmt.name) && moduleName.startsWith('@salesforce/apex/')) {
                const [cls, method] = moduleName.slice('@salesforce/apex/'.length).split('.');
                let params = null;
                stmt.body?.forEachChild?.((child) => {
                    if (!ts.isVariableStatement(child)) return;
                    for (const decl of child.declarationList.declarations) {
                        const type = decl.type;
                        if (type && ts.isTypeReferenceNode(type) && type.typeName.getText() === 'ApexMethod') {
                            const arg = type.typeArguments?.[0];
                            params =
                                arg && ts.isTypeLiteralNode(arg) ? arg.members.map((mem) => mem.name.getText()) : [];
                        }
                    }
                });
                methods.push({ file: rel(root, file), line: lineOfNode(stmt), cls, method, params });
            } else if (moduleName === 'Apex' && stmt.body && ts.isModuleBlock(stmt.body)) {
                for (const child of stmt.body.statements) {
                    if (!ts.isInterfaceDeclaration(child)) continue;
                    dtos.push({
                        file: rel(root, file),
                        line: lineOfNode(child),
                        name: child.name.text,
                        props: child.members.filter(ts.isPropertySignature).map((p) => p.name.getText())
                    });
                }
            }
        }
    }
    return { methods, dtos };
}

/** @returns {Promise<{problems: Array<{file: string, line?: number, message: string, rule: string}>, summary: string}>} */
export async function run({ root = ROOT } = {}) {
    const problems = [];
    const apex = scanApex(root);
    const { methods, dtos } = scanDeclarations(root);
    const declared = new Set();
    for (const d of methods) {
        const key = `${d.cls}.${d.method}`;
        if (declared.has(key)) problems.push({ ...d, rule: 'duplicate', message: `${key} is declared twice.` });
        declared.add(key);
        const cls = apex.get(d.cls);
        const target = cls?.methods.get(d.method);
        if (!cls) {
            problems.push({
                file: d.file,
                line: d.line,
                rule: 'unknown-class',
                message: `Apex class ${d.cls} does not exist.`
            });
        } else if (!target || !target.isStatic) {
            problems.push({
                file: d.file,
                line: d.line,
                rule: 'unknown-method',
                message: `${d.cls} has no @AuraEnabled static method ${d.method}.`
            });
        } else if (d.params === null) {
            problems.push({
                file: d.file,
                line: d.line,
                rule: 'untyped',
                message: `${key} must be typed as ApexMethod<{...params}, Result>.`
            });
        } else if (d.params.join(',') !== target.params.join(',')) {
            problems.push({
                file: d.file,
                line: d.line,
                rule: 'params',
                message: `${key} parameters are {${d.params.join(', ')}} here but (${target.params.join(', ')}) in ${cls.file}.`
            });
        }
    }
    for (const [name, cls] of apex) {
        for (const [method, info] of cls.methods) {
            if (info.isStatic && !declared.has(`${name}.${method}`)) {
                problems.push({
                    file: cls.file,
                    line: info.line,
                    rule: 'undeclared',
                    message: `@AuraEnabled ${name}.${method} has no TypeScript declaration in types/apex/${name}.d.ts.`
                });
            }
        }
    }
    for (const dto of dtos) {
        const cls = apex.get(dto.name);
        if (!cls) {
            problems.push({
                file: dto.file,
                line: dto.line,
                rule: 'unknown-dto',
                message: `Apex class ${dto.name} does not exist.`
            });
            continue;
        }
        const fields = [...cls.fields.keys()];
        for (const p of dto.props.filter((p) => !cls.fields.has(p))) {
            problems.push({
                file: dto.file,
                line: dto.line,
                rule: 'dto-field',
                message: `Apex.${dto.name}.${p} is not an @AuraEnabled field of ${cls.file}.`
            });
        }
        for (const f of fields.filter((f) => !dto.props.includes(f))) {
            problems.push({
                file: cls.file,
                line: cls.fields.get(f).line,
                rule: 'dto-field',
                message: `@AuraEnabled field ${dto.name}.${f} is missing from interface Apex.${dto.name} in ${dto.file}.`
            });
        }
    }
    return {
        problems,
        summary: `${methods.length} Apex methods and ${dtos.length} DTOs match their TypeScript declarations`
    };
}

await runIfMain(import.meta.url, run);
