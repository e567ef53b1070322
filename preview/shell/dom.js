/** Tiny DOM helpers for the preview shell (the shell is plain DOM + SLDS markup; only the previewed bundles are LWC). */

import { current } from '../platform/language.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Creates an element. Props: `class`, `dataset`, `on<event>` listeners, anything else as an attribute
 * (true → empty attribute; false/null/undefined → left out). Children may be nested arrays, strings or nodes.
 * @param {string} tag
 * @param {Record<string, unknown>} [props]
 * @param {...unknown} children
 * @returns {HTMLElement}
 */
export function h(tag, props = {}, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null || value === false) continue;
        if (key === 'class') el.className = value;
        else if (key === 'dataset') Object.assign(el.dataset, value);
        else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
        else el.setAttribute(key, value === true ? '' : String(value));
    }
    el.append(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
    return el;
}

/**
 * An SLDS sprite icon: `<svg class="…"><use href="/assets/icons/<sprite>-sprite/svg/symbols.svg#<name>"/></svg>`.
 * @param {string} iconName "utility:success", "standard:event" …
 * @param {string} [className]
 */
export function svgIcon(iconName, className = 'slds-icon slds-icon_small') {
    const [sprite, name] = iconName.split(':');
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', className);
    svg.setAttribute('aria-hidden', 'true');
    const use = document.createElementNS(SVG_NS, 'use');
    use.setAttribute('href', `/assets/icons/${sprite}-sprite/svg/symbols.svg#${name}`);
    svg.append(use);
    return svg;
}

/** An SLDS icon in its coloured container, e.g. standard:event on its purple tile. */
export function iconTile(iconName, size = '') {
    const [sprite, name] = iconName.split(':');
    return h(
        'span',
        { class: `slds-icon_container slds-icon-${sprite}-${name.replaceAll('_', '-')}`, title: name },
        svgIcon(iconName, `slds-icon ${size}`.trim())
    );
}

/** A URL of the preview: /c/<component>?state=<state> */
export function entryUrl(component, state) {
    return `/c/${encodeURIComponent(component)}${query({ state })}`;
}

/**
 * `?state=…&lang=…` for a preview link: the page's language (`?lang=`) is kept from page to page.
 * @param {Record<string, string | null | undefined>} params
 */
export function query(params = {}) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
    if (current.code !== 'en') search.set('lang', current.code);
    const text = search.toString();
    return text ? `?${text}` : '';
}
