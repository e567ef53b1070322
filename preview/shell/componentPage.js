/**
 * One component in one state: the component inside a simulated Lightning page (a record page with its
 * highlights header when the entry has a `record`, otherwise an app page), with the navigation notice above and
 * an inspector beside it (states, record context, Apex answers, activity).
 */
import { createElement } from 'lwc';
import { setPreviewContext } from '../platform/context.js';
import { serverText } from '../platform/language.js';
import { card, renderChrome } from './layout.js';
import { entryUrl, h, iconTile } from './dom.js';
import { installNavigationNotice } from './navigationNotice.js';
import { installOpenCtiStub } from './openCtiStub.js';

/** Icons of the objects this package shows components on; anything else gets the custom-object icon. */
const OBJECT_ICONS = {
    Event: 'standard:event',
    Task: 'standard:task',
    Contact: 'standard:contact',
    Lead: 'standard:lead',
    Account: 'standard:account',
    Campaign: 'standard:campaign',
    User: 'standard:user'
};

const objectLabel = (apiName) =>
    apiName
        .replace(/^\w+__(?=\w+__c$)/, '')
        .replace(/__c$/, '')
        .replaceAll('_', ' ');

/** The record page highlights panel. */
function recordHeader(record) {
    const icon = record.icon ?? OBJECT_ICONS[record.objectApiName] ?? 'standard:custom';
    const detail = (label, value) =>
        h(
            'li',
            { class: 'slds-page-header__detail-block' },
            h('div', { class: 'slds-text-title slds-truncate' }, label),
            h('div', { class: 'slds-truncate' }, value)
        );
    return h(
        'div',
        { class: 'slds-page-header slds-m-bottom_small', dataset: { preview: 'record-header' } },
        h(
            'div',
            { class: 'slds-page-header__row' },
            h(
                'div',
                { class: 'slds-page-header__col-title' },
                h(
                    'div',
                    { class: 'slds-media' },
                    h('div', { class: 'slds-media__figure' }, iconTile(icon, 'slds-page-header__icon')),
                    h(
                        'div',
                        { class: 'slds-media__body' },
                        h('div', { class: 'slds-text-title' }, objectLabel(record.objectApiName)),
                        h('h1', { class: 'slds-page-header__title slds-truncate' }, record.name ?? record.recordId)
                    )
                )
            )
        ),
        h(
            'div',
            { class: 'slds-page-header__row slds-page-header__row_gutters' },
            h(
                'div',
                { class: 'slds-page-header__col-details' },
                h(
                    'ul',
                    { class: 'slds-page-header__detail-row' },
                    detail('Record ID', record.recordId),
                    detail('Object', record.objectApiName),
                    Object.entries(record.fields ?? {})
                        .slice(0, 3)
                        .map(([field, value]) => detail(field, String(value)))
                )
            )
        )
    );
}

/** A short description of one Apex answer for the inspector. */
function describeResponse(response) {
    if (response === 'pending') return 'pending (never answers)';
    if (typeof response === 'string') return response;
    const delay = response.delayMs ? ` after ${response.delayMs} ms` : '';
    if ('fixture' in response) return `${response.fixture}${delay}`;
    if ('error' in response)
        return `error ${response.error.status ?? 500}: ${response.error.body?.message ?? ''}${delay}`;
    return `inline data${delay}`;
}

function describeEvent(event) {
    switch (event.type) {
        case 'apex':
            return `Apex ${event.method} (${event.via}) ${JSON.stringify(event.params)} → ${event.file ?? event.response}`;
        case 'navigate':
            return `Navigate ${event.pageReference.type} → ${event.url}`;
        case 'toast':
            return `Toast (${event.variant}) ${event.title}`;
        case 'openCti':
            return `Open CTI ${event.method}${event.screenPopType ? ` ${event.screenPopType}` : ''} ${JSON.stringify(event.params)}`;
        default:
            return `${event.type} ${JSON.stringify({ ...event, type: undefined, at: undefined })}`;
    }
}

/** The side panel: state switcher, record context, Apex answers of the state, live activity log. */
function inspector(entry, state) {
    const activity = h('ol', { class: 'slds-list_ordered preview-activity', dataset: { preview: 'activity' } });
    window.addEventListener('preview:event', (e) => activity.append(h('li', {}, describeEvent(e.detail))));
    const apex = Object.entries(state.apex);
    const section = (title, ...body) =>
        h(
            'div',
            { class: 'slds-m-bottom_medium' },
            h('h3', { class: 'slds-text-title_caps slds-m-bottom_x-small' }, title),
            body
        );
    return card(
        'Preview',
        [
            section(
                'State',
                h(
                    'div',
                    { class: 'preview-state-links', role: 'group', 'aria-label': 'States' },
                    entry.states.map((s) =>
                        h(
                            'a',
                            {
                                href: entryUrl(entry.component, s.name),
                                class: `slds-button ${s.name === state.name ? 'slds-button_brand' : 'slds-button_neutral'}`,
                                'aria-current': s.name === state.name ? 'page' : null,
                                title: s.description || s.name,
                                dataset: { previewState: s.name }
                            },
                            s.name
                        )
                    )
                ),
                state.description
                    ? h('p', { class: 'slds-m-top_x-small slds-text-color_weak' }, state.description)
                    : null
            ),
            section(
                'Context',
                h(
                    'dl',
                    { class: 'slds-list_horizontal slds-wrap' },
                    entry.record
                        ? [
                              h('dt', { class: 'slds-item_label slds-text-color_weak' }, 'recordId'),
                              h('dd', { class: 'slds-item_detail' }, h('code', {}, entry.record.recordId)),
                              h('dt', { class: 'slds-item_label slds-text-color_weak' }, 'objectApiName'),
                              h('dd', { class: 'slds-item_detail' }, h('code', {}, entry.record.objectApiName))
                          ]
                        : [
                              h('dt', { class: 'slds-item_label slds-text-color_weak' }, 'page'),
                              h('dd', { class: 'slds-item_detail' }, 'App page')
                          ]
                )
            ),
            section(
                'Apex answers',
                apex.length
                    ? h(
                          'ul',
                          { class: 'preview-wrap' },
                          apex.map(([method, r]) => h('li', {}, h('code', {}, method), ` → ${describeResponse(r)}`))
                      )
                    : h(
                          'p',
                          { class: 'slds-text-color_weak' },
                          'Fixtures by convention: <Class>.<method>.<state>.json, then <Class>.<method>.json.'
                      )
            ),
            section('Activity', activity)
        ],
        { icon: iconTile('standard:custom_notification', 'slds-icon_small'), dataset: { preview: 'inspector' } }
    );
}

/** A page for a state name the entry does not have. */
function unknownState(page, entry, stateName) {
    page.append(
        h(
            'div',
            {
                class: 'slds-notify slds-notify_alert slds-alert_error',
                role: 'alert',
                dataset: { preview: 'unknown-state' }
            },
            h(
                'h2',
                {},
                `${entry.title} has no state "${stateName}". States: ${entry.states.map((s) => s.name).join(', ')}.`
            )
        )
    );
}

/**
 * Renders a component entry in one state and mounts the component.
 * @param {HTMLElement} root
 * @param {{ entry: object, stateName: string|null, manifest: object, module: Record<string, unknown> }} options
 */
export function renderComponentPage(root, { entry, stateName, manifest, module }) {
    const state = stateName ? entry.states.find((s) => s.name === stateName) : entry.states[0];
    const page = renderChrome(root, { crumb: entry.title });
    document.title = `${entry.title} · ${state?.name ?? stateName} · Zoom preview`;
    if (!state) return unknownState(page, entry, stateName);

    setPreviewContext({
        component: entry.component,
        stateName: state.name,
        apex: state.apex,
        record: entry.record,
        fixtures: manifest.fixtures
    });
    const notice = h('div', { class: 'preview-notice-slot' });
    installNavigationNotice(notice);
    const region = h('div', {
        class: 'preview-region',
        dataset: { preview: 'region', component: entry.component, state: state.name }
    });
    page.append(
        ...[notice, entry.record ? recordHeader(entry.record) : null].filter(Boolean),
        h(
            'div',
            { class: 'slds-grid slds-wrap slds-gutters_x-small' },
            h('div', { class: 'slds-col slds-size_1-of-1 slds-large-size_8-of-12 slds-m-bottom_small' }, region),
            h('div', { class: 'slds-col slds-size_1-of-1 slds-large-size_4-of-12' }, inspector(entry, state))
        )
    );

    const element = createElement(entry.tag, { is: module.default });
    if (entry.record) {
        element.recordId = entry.record.recordId;
        element.objectApiName = entry.record.objectApiName;
    }
    // Public properties a host page sets, e.g. what the Classic Lightning Out page passes (recordBaseUrl).
    // A parent component would pass its own (translated) text: the gallery's English properties follow ?lang= too.
    Object.assign(element, serverText(state.properties ?? {}));
    // Screen pops and incoming calls of the softphone go to Open CTI in an org; here to the activity log.
    installOpenCtiStub(region);
    region.append(element);
}
