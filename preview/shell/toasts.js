/**
 * Shows the toasts components ask for with ShowToastEvent (`lightning__showtoast`), as SLDS toasts at the top of
 * the page, the way Lightning Experience does: "dismissible" (default) and "pester" close after 3 s, "sticky"
 * stays until closed. Each toast carries role="status" (role="alert" for errors), data-preview="toast" and
 * data-variant for the browser tests.
 */
import { recordPreviewEvent } from '../platform/context.js';
import { h, svgIcon } from './dom.js';

const AUTO_CLOSE_MS = 3000;
const VARIANTS = new Set(['info', 'success', 'warning', 'error']);

/** The message with its {0}, {1}… placeholders replaced by messageData (strings or { url, label } links). */
function messageNodes(message = '', messageData = []) {
    return String(message)
        .split(/(\{\d+\})/)
        .map((part) => {
            const index = /^\{(\d+)\}$/.exec(part)?.[1];
            if (index === undefined) return part;
            const value = messageData[Number(index)];
            if (value && typeof value === 'object') {
                return h('a', { href: value.url, target: '_blank', rel: 'noopener' }, value.label ?? value.url);
            }
            return value ?? part;
        });
}

/**
 * Renders one toast into the container.
 * @param {HTMLElement} container the .slds-notify_container
 * @param {{ title?: string, label?: string, message?: string, messageData?: unknown[], variant?: string,
 *           mode?: string }} toast the ShowToastEvent detail
 */
export function showToast(container, toast) {
    const variant = VARIANTS.has(toast.variant) ? toast.variant : 'info';
    const mode = toast.mode ?? 'dismissible';
    const title = toast.title ?? toast.label ?? '';
    const close = () => element.remove();
    const element = h(
        'div',
        {
            class: `slds-notify slds-notify_toast slds-theme_${variant}`,
            role: variant === 'error' ? 'alert' : 'status',
            dataset: { preview: 'toast', variant, mode }
        },
        h('span', { class: 'slds-assistive-text' }, variant),
        h(
            'span',
            {
                class: `slds-icon_container slds-icon-utility-${variant} slds-m-right_small slds-no-flex slds-align-top`
            },
            svgIcon(`utility:${variant}`, 'slds-icon slds-icon_small')
        ),
        h(
            'div',
            { class: 'slds-notify__content' },
            h('h2', { class: 'slds-text-heading_small', dataset: { preview: 'toast-title' } }, title),
            toast.message
                ? h('p', { dataset: { preview: 'toast-message' } }, messageNodes(toast.message, toast.messageData))
                : null
        ),
        mode === 'pester'
            ? null
            : h(
                  'div',
                  { class: 'slds-notify__close' },
                  h(
                      'button',
                      {
                          class: 'slds-button slds-button_icon slds-button_icon-inverse',
                          title: 'Close',
                          onclick: close
                      },
                      svgIcon('utility:close', 'slds-button__icon slds-button__icon_large'),
                      h('span', { class: 'slds-assistive-text' }, 'Close')
                  )
              )
    );
    container.append(element);
    if (mode !== 'sticky') setTimeout(close, AUTO_CLOSE_MS);
    recordPreviewEvent('toast', { title, message: toast.message ?? '', variant, mode });
    return element;
}

/** Listens for ShowToastEvent anywhere on the page. */
export function installToasts(container) {
    document.addEventListener('lightning__showtoast', (event) => showToast(container, event.detail ?? {}));
}
