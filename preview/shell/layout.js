/** The Lightning Experience chrome around every preview page: app navigation bar and brand band. */
import { h, query } from './dom.js';

/**
 * Renders the chrome into `root` and returns the element pages render into.
 * @param {HTMLElement} root
 * @param {{ active?: string, crumb?: string }} [options] `crumb`: the entry shown as the second nav item
 */
export function renderChrome(root, { crumb } = {}) {
    const waffle = h(
        'button',
        { class: 'slds-button slds-icon-waffle_container slds-context-bar__button', title: 'App Launcher' },
        h(
            'span',
            { class: 'slds-icon-waffle' },
            Array.from({ length: 9 }, (_, i) => h('span', { class: `slds-r${i + 1}` }))
        ),
        h('span', { class: 'slds-assistive-text' }, 'Open App Launcher')
    );
    const item = (label, href, active) =>
        h(
            'li',
            { class: `slds-context-bar__item${active ? ' slds-is-active' : ''}` },
            h(
                'a',
                { class: 'slds-context-bar__label-action', href, title: label, 'aria-current': active ? 'page' : null },
                h('span', { class: 'slds-truncate' }, label)
            )
        );
    const page = h('div', { class: 'preview-page' });
    root.replaceChildren(
        h(
            'div',
            { class: 'slds-context-bar' },
            h(
                'div',
                { class: 'slds-context-bar__primary' },
                h(
                    'div',
                    { class: 'slds-context-bar__item slds-context-bar__dropdown-trigger slds-no-hover' },
                    h('div', { class: 'slds-context-bar__icon-action' }, waffle),
                    h(
                        'span',
                        { class: 'slds-context-bar__label-action slds-context-bar__app-name' },
                        h('span', { class: 'slds-truncate', title: 'Zoom' }, 'Zoom')
                    )
                )
            ),
            h(
                'nav',
                { class: 'slds-context-bar__secondary', role: 'navigation' },
                h(
                    'ul',
                    { class: 'slds-grid' },
                    item('Component gallery', `/${query()}`, !crumb),
                    crumb ? item(crumb, location.pathname, true) : null
                )
            ),
            h(
                'div',
                { class: 'slds-context-bar__tertiary preview-badge' },
                h('span', { class: 'slds-badge' }, 'Local preview · no org')
            )
        ),
        h('div', { class: 'slds-brand-band slds-brand-band_medium preview-band' }, page)
    );
    return page;
}

/** An SLDS card with a title and body. */
export function card(title, body, { icon = null, actions = null, dataset } = {}) {
    return h(
        'article',
        { class: 'slds-card', dataset },
        h(
            'div',
            { class: 'slds-card__header slds-grid' },
            h(
                'header',
                { class: 'slds-media slds-media_center slds-has-flexi-truncate' },
                icon ? h('div', { class: 'slds-media__figure' }, icon) : null,
                h(
                    'div',
                    { class: 'slds-media__body' },
                    h('h2', { class: 'slds-card__header-title' }, h('span', {}, title))
                )
            ),
            actions ? h('div', { class: 'slds-no-flex' }, actions) : null
        ),
        h('div', { class: 'slds-card__body slds-card__body_inner' }, body)
    );
}
