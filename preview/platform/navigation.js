/**
 * Stand-in for `lightning/navigation`. `NavigationMixin.Navigate` never leaves the preview: it records the page
 * reference and the URL Lightning would open (a `standard__webPage` keeps its own URL) and the shell shows a
 * "Navigated to …" notice. `GenerateUrl` resolves to the same URL. `CurrentPageReference` provisions the simulated
 * record (or app) page.
 */
import { previewContext, recordPreviewEvent } from './context.js';

const Navigate = Symbol('NavigationMixin.Navigate');
const GenerateUrl = Symbol('NavigationMixin.GenerateUrl');

const enc = encodeURIComponent;

/** Lightning Experience URL paths by page reference type. */
const PATHS = {
    standard__webPage: (a) => a.url,
    standard__recordPage: (a) => `/lightning/r/${a.objectApiName ?? 'sObject'}/${a.recordId}/${a.actionName ?? 'view'}`,
    standard__objectPage: (a) => `/lightning/o/${a.objectApiName}/${a.actionName ?? 'home'}`,
    standard__recordRelationshipPage: (a) =>
        `/lightning/r/${a.objectApiName ?? 'sObject'}/${a.recordId}/related/${a.relationshipApiName}/view`,
    standard__namedPage: (a) => `/lightning/page/${a.pageName}`,
    standard__navItemPage: (a) => `/lightning/n/${a.apiName}`,
    standard__app: (a) => `/lightning/app/${a.appTarget}`,
    standard__component: (a) => `/lightning/cmp/${a.componentName}`,
    standard__knowledgeArticlePage: (a) => `/lightning/articles/${a.articleType}/${a.urlName}`
};

/**
 * The URL Lightning Experience would open for a page reference (state becomes the query string).
 * @param {{ type: string, attributes?: Record<string, string>, state?: Record<string, string> }} pageReference
 * @throws {Error} for a page reference without a known type
 */
export function urlFor(pageReference) {
    const toPath = PATHS[pageReference?.type];
    if (!toPath) throw new Error(`Unsupported page reference type "${pageReference?.type}"`);
    const url = toPath(pageReference.attributes ?? {});
    const query = Object.entries(pageReference.state ?? {})
        .filter(([, v]) => v !== undefined && v !== null)
        .map(([k, v]) => `${enc(k)}=${enc(v)}`)
        .join('&');
    return query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url;
}

/**
 * Adds `[NavigationMixin.Navigate]` and `[NavigationMixin.GenerateUrl]` to a LightningElement subclass.
 * @template {new (...args: any[]) => HTMLElement} T
 * @param {T} Base
 */
export function NavigationMixin(Base) {
    return class extends Base {
        [Navigate](pageReference, replace = false) {
            let url;
            try {
                url = urlFor(pageReference);
            } catch (error) {
                console.error(`NavigationMixin.Navigate: ${error.message}`, pageReference);
                return;
            }
            recordPreviewEvent('navigate', { pageReference, url, replace });
        }

        [GenerateUrl](pageReference) {
            return new Promise((resolve) => resolve(urlFor(pageReference)));
        }
    };
}
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

/** The page the component sits on: the simulated record page, or an app page. */
function currentPageReference() {
    const { record, component } = previewContext();
    return record
        ? {
              type: 'standard__recordPage',
              attributes: { recordId: record.recordId, objectApiName: record.objectApiName, actionName: 'view' },
              state: {}
          }
        : { type: 'standard__navItemPage', attributes: { apiName: component ?? 'preview' }, state: {} };
}

/** Wire adapter: `@wire(CurrentPageReference) pageRef`. */
export class CurrentPageReference {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
    }
    connect() {
        this.dataCallback(Object.freeze(currentPageReference()));
    }
    update() {}
    disconnect() {}
}
