/**
 * Entry point of the preview page. Synthetic shadow comes first (as in Lightning Experience) so the global SLDS
 * stylesheet reaches inside components. Routes: `/` gallery, `/c/<bundle>?state=<state>` one entry.
 */
import '@lwc/synthetic-shadow';
import registry from 'preview:registry';
import { renderGalleryPage } from './galleryPage.js';
import { renderComponentPage } from './componentPage.js';
import { renderServicePage } from './servicePage.js';
import { installToasts } from './toasts.js';
import { renderChrome } from './layout.js';
import { h, query } from './dom.js';
import { current } from '../platform/language.js';
import SERVER_LABELS from 'preview:server-labels';

// The translated labels language.js uses to answer Apex in the page's language (set before any component renders).
globalThis.__previewServerLabels = SERVER_LABELS;

/** Loads the manifest written by the build (normalised preview/gallery.json). */
async function loadManifest() {
    const response = await fetch('/gallery.json', { cache: 'no-store' });
    if (!response.ok) throw new Error(`gallery.json: HTTP ${response.status}`);
    return response.json();
}

function notFound(root, message) {
    const page = renderChrome(root, { crumb: 'Not found' });
    page.append(
        h(
            'div',
            {
                class: 'slds-notify slds-notify_alert slds-alert_warning',
                role: 'alert',
                dataset: { preview: 'not-found' }
            },
            h('h2', {}, message, ' ', h('a', { href: `/${query()}` }, 'Back to the gallery'))
        )
    );
}

async function main() {
    const root = document.getElementById('app');
    document.documentElement.lang = current.locale;
    installToasts(document.querySelector('[data-preview="toasts"]'));
    const manifest = await loadManifest();
    const match = /^\/c\/([^/]+)\/?$/.exec(location.pathname);
    if (location.pathname === '/' || location.pathname === '/index.html') {
        renderGalleryPage(root, manifest);
    } else if (match) {
        const name = decodeURIComponent(match[1]);
        const entry = manifest.entries.find((e) => e.component === name);
        if (!entry) {
            notFound(root, `No gallery entry for "${name}".`);
        } else if (entry.kind === 'service') {
            renderServicePage(root, { entry, module: registry[name] });
        } else {
            const stateName = new URLSearchParams(location.search).get('state');
            renderComponentPage(root, { entry, stateName, manifest, module: registry[name] });
        }
    } else {
        notFound(root, `Nothing at ${location.pathname}.`);
    }
    document.body.dataset.previewReady = 'true';
}

main().catch((error) => {
    console.error(error);
    document
        .getElementById('app')
        .append(
            h('pre', { class: 'slds-text-color_error', dataset: { preview: 'fatal' } }, String(error?.stack ?? error))
        );
});
