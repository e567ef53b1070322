/** The index page: every gallery entry with a link per state (and any LWC bundle that has no entry yet). */
import { card, renderChrome } from './layout.js';
import { entryUrl, h, iconTile } from './dom.js';
import { LANGUAGES, current } from '../platform/language.js';

function statesCell(entry) {
    if (entry.kind === 'service') {
        return h('a', { href: entryUrl(entry.component), class: 'slds-button slds-button_neutral' }, 'Exports');
    }
    return h(
        'div',
        { class: 'preview-state-links' },
        entry.states.map((state) =>
            h(
                'a',
                {
                    href: entryUrl(entry.component, state.name),
                    class: 'slds-button slds-button_neutral',
                    title: state.description || state.name,
                    dataset: { previewLink: `${entry.component}:${state.name}` }
                },
                state.name
            )
        )
    );
}

function row(entry) {
    const where =
        entry.kind === 'service'
            ? 'Service module'
            : entry.page === 'record'
              ? `Record page · ${entry.record.objectApiName}`
              : 'App page';
    return h(
        'tr',
        { class: 'slds-hint-parent', dataset: { previewEntry: entry.component } },
        h(
            'th',
            { scope: 'row' },
            h('div', { class: 'slds-text-title_bold' }, h('a', { href: entryUrl(entry.component) }, entry.title)),
            h(
                'div',
                { class: 'slds-text-body_small slds-text-color_weak' },
                h('code', {}, entry.kind === 'service' ? `import … from 'c/${entry.component}'` : `<${entry.tag}>`),
                ` · ${entry.source}`
            ),
            entry.description
                ? h('p', { class: 'slds-text-body_small slds-m-top_xx-small preview-wrap' }, entry.description)
                : null
        ),
        h('td', {}, h('span', { class: 'slds-badge' }, where)),
        h('td', {}, statesCell(entry))
    );
}

/** Links to the gallery in each language (`?lang=`): labels, locale and number/date formats follow it. */
function languageSwitch() {
    return h(
        'nav',
        { 'aria-label': 'Preview language', class: 'slds-m-bottom_small', dataset: { preview: 'languages' } },
        h('span', { class: 'slds-text-title slds-m-right_x-small' }, 'Language:'),
        h(
            'div',
            { class: 'slds-button-group', role: 'group' },
            LANGUAGES.map((l) =>
                h(
                    'a',
                    {
                        href: l.code === 'en' ? '/' : `/?lang=${l.code}`,
                        lang: l.locale,
                        class: `slds-button ${l.code === current.code ? 'slds-button_brand' : 'slds-button_neutral'}`,
                        'aria-current': l.code === current.code ? 'page' : null,
                        dataset: { lang: l.code }
                    },
                    l.name
                )
            )
        )
    );
}

/** Renders the gallery index. */
export function renderGalleryPage(root, manifest) {
    const page = renderChrome(root);
    const missing = manifest.missing.length
        ? h(
              'div',
              {
                  class: 'slds-notify slds-notify_alert slds-alert_warning slds-m-bottom_small',
                  role: 'alert',
                  dataset: { preview: 'missing-entries' }
              },
              h(
                  'h2',
                  {},
                  `Not in preview/gallery.json yet: ${manifest.missing.join(', ')}. Add an entry for each LWC bundle.`
              )
          )
        : null;
    const table = h(
        'table',
        { class: 'slds-table slds-table_cell-buffer slds-table_bordered', 'aria-label': 'Gallery entries' },
        h(
            'thead',
            {},
            h(
                'tr',
                { class: 'slds-line-height_reset' },
                ['Component', 'Shown on', 'States'].map((label) =>
                    h('th', { scope: 'col' }, h('div', { class: 'slds-truncate' }, label))
                )
            )
        ),
        h('tbody', {}, manifest.entries.map(row))
    );
    page.append(
        ...[missing].filter(Boolean),
        card(
            `Component gallery (${manifest.entries.length})`,
            [
                h(
                    'p',
                    { class: 'slds-m-bottom_small slds-text-color_weak' },
                    'The real Lightning web components of this project, compiled from the emitted JavaScript, with lightning-base-components, SLDS and Apex answers from force-app/test/fixtures. Each state has its own URL.'
                ),
                languageSwitch(),
                table
            ],
            { icon: iconTile('standard:apps', 'slds-icon_small'), dataset: { preview: 'gallery' } }
        )
    );
    document.title = 'Component gallery · Zoom preview';
}
