/**
 * The "Navigated to …" notice: an SLDS alert under the header that shows where NavigationMixin.Navigate would have
 * gone (data-preview="navigation-notice"). The preview never leaves the page; a standard__webPage URL is shown as
 * a link so a person can still open it.
 */
import { h, svgIcon } from './dom.js';

/** Fills `slot` with the notice for one navigation event (see platform/navigation.js). */
function render(slot, { pageReference, url, replace }) {
    const external = pageReference.type === 'standard__webPage';
    slot.replaceChildren(
        h(
            'div',
            {
                class: 'slds-notify slds-notify_alert',
                role: 'status',
                dataset: { preview: 'navigation-notice', type: pageReference.type, url }
            },
            h('span', { class: 'slds-assistive-text' }, 'info'),
            h(
                'span',
                { class: 'slds-icon_container slds-icon-utility-info slds-m-right_x-small' },
                svgIcon('utility:info', 'slds-icon slds-icon_x-small')
            ),
            h(
                'h2',
                {},
                'Navigated to ',
                external ? h('a', { href: url, target: '_blank', rel: 'noopener' }, url) : h('code', {}, url),
                h(
                    'span',
                    { class: 'preview-notice__detail' },
                    ` (${pageReference.type}${replace ? ', replace' : ''}; the preview stayed on this page)`
                )
            ),
            h(
                'div',
                { class: 'slds-notify__close' },
                h(
                    'button',
                    {
                        class: 'slds-button slds-button_icon slds-button_icon-inverse',
                        title: 'Close',
                        onclick: () => slot.replaceChildren()
                    },
                    svgIcon('utility:close', 'slds-button__icon'),
                    h('span', { class: 'slds-assistive-text' }, 'Close')
                )
            )
        )
    );
}

/** Shows a notice in `slot` for every NavigationMixin.Navigate call. */
export function installNavigationNotice(slot) {
    window.addEventListener('preview:navigate', (event) => render(slot, event.detail));
}
