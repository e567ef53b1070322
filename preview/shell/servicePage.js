/**
 * A service module (an LWC bundle without a template, e.g. c/meetingFormat): there is nothing to render, so the
 * page lists what the module exports, as loaded in the browser (which proves the emitted module bundles and runs).
 */
import { card, renderChrome } from './layout.js';
import { h, iconTile } from './dom.js';

/** "formatDuration(minutes)" from a function's source, falling back to its arity. */
function signature(name, fn) {
    const params = /^[^(]*\(([^)]*)\)/.exec(Function.prototype.toString.call(fn))?.[1];
    return `${name}(${params ?? Array.from({ length: fn.length }, (_, i) => `arg${i}`).join(', ')})`;
}

function describe(name, value) {
    if (typeof value === 'function') return { kind: 'function', detail: signature(name, value) };
    let json;
    try {
        json = JSON.stringify(value);
    } catch {
        json = String(value);
    }
    return { kind: typeof value, detail: json && json.length > 160 ? `${json.slice(0, 157)}…` : json };
}

/** Renders the exports of a service module. */
export function renderServicePage(root, { entry, module }) {
    const page = renderChrome(root, { crumb: entry.title });
    document.title = `${entry.title} · Zoom preview`;
    const rows = Object.keys(module)
        .sort()
        .map((name) => {
            const { kind, detail } = describe(name, module[name]);
            return h(
                'tr',
                { dataset: { previewExport: name } },
                h('th', { scope: 'row' }, h('code', {}, name)),
                h('td', {}, h('span', { class: 'slds-badge' }, kind)),
                h('td', { class: 'preview-wrap' }, h('code', {}, detail))
            );
        });
    page.append(
        card(
            `${entry.title} (c/${entry.component})`,
            [
                h(
                    'p',
                    { class: 'slds-m-bottom_small slds-text-color_weak' },
                    entry.description || 'Service module without a template: its logic is covered by its Jest tests.',
                    ` Source: ${entry.source}.`
                ),
                h(
                    'table',
                    { class: 'slds-table slds-table_cell-buffer slds-table_bordered', dataset: { preview: 'exports' } },
                    h(
                        'thead',
                        {},
                        h(
                            'tr',
                            {},
                            ['Export', 'Kind', 'Signature or value'].map((l) => h('th', { scope: 'col' }, l))
                        )
                    ),
                    h('tbody', {}, rows)
                )
            ],
            { icon: iconTile('standard:code_playground', 'slds-icon_small'), dataset: { preview: 'service' } }
        )
    );
}
