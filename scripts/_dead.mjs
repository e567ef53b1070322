import { loadApexModel } from './lib/apex-model.mjs';
import { readFileSync } from 'node:fs';
import { listFiles } from './lib/project.mjs';
const root = process.argv[2] || process.cwd();
const model = await loadApexModel(root);
const lc = (s) => (s ?? '').toLowerCase();
const topOf = (cls) => { let c = cls; while (c?.outer) c = model.classes.get(lc(c.outer)); return c; };
const isTestClass = (cls) => Boolean(cls?.isTest || topOf(cls)?.isTest);
const callers = new Map();
const unresolvedNames = new Set();
for (const m of model.methods.values()) {
  for (const c of m.calls ?? []) {
    for (const t of c.target ?? []) { if (!callers.has(t)) callers.set(t, new Set()); callers.get(t).add(m.key); }
    if (c.unresolved || (c.target ?? []).length === 0) { const e = m.events[c.event]; if (e?.name) unresolvedNames.add(lc(e.name)); }
  }
}
// non-Apex references: VF pages, LWC, flows, etc.
const other = listFiles(root + '/force-app', (f) => !f.endsWith('.cls') && !f.endsWith('.trigger') && !f.endsWith('.cls-meta.xml')).map((f) => { try { return readFileSync(f, 'utf8'); } catch { return ''; } }).join('\n');
const out = [];
for (const m of model.methods.values()) {
  const cls = model.classes.get(lc(m.cls));
  if (!m.file || isTestClass(cls) || m.isTest || cls.kind !== 'class') continue;
  if (!(m.modifiers.includes('public') || m.modifiers.includes('global'))) continue;
  if (m.modifiers.includes('global') || m.modifiers.includes('override') || m.name.startsWith('<')) continue;
  if (['auraenabled','invocablemethod','remoteaction','testvisible','future'].some((a) => m.annotations.includes(a))) continue;
  if (cls.implements.length || cls.extends) {
    // implementations of interfaces / virtual methods: skip when a same-named method exists in an interface or super
    if (['execute','start','finish','handlemethodcall','compareto','handleinboundemail','respond','invoke','equals','hashcode','tostring','run','getmessage'].includes(lc(m.name))) continue;
  }
  const cs = [...(callers.get(m.key) ?? [])];
  const prod = cs.filter((k) => { const mm = model.methods.get(k); const cc = model.classes.get(lc(mm?.cls)); return mm && !mm.isTest && !isTestClass(cc); });
  if (prod.length) continue;
  const visual = new RegExp('\\b' + m.name + '\\b').test(other) || (m.name.startsWith('get') && new RegExp('\\b' + m.name.slice(3) + '\\b', 'i').test(other));
  out.push(`${m.file.split('/').pop()}:${m.line} ${m.key} tests:${cs.length} ${unresolvedNames.has(lc(m.name)) ? 'UNRESOLVED-NAME' : ''} ${visual ? 'NONAPEX-REF' : ''}`);
}
console.log(out.sort().join('\n'));
console.log(out.length);
