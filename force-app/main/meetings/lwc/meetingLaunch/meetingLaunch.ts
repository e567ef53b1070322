/**
 * Helpers of the Start Zoom Meeting quick action. Service component (no template): import from 'c/meetingLaunch'.
 */

import { formatLabel } from 'c/i18n';
import MAPPING_SUBJECT from '@salesforce/label/c.Meeting_MappingRequestSubject';
import MAPPING_BODY from '@salesforce/label/c.Meeting_MappingRequestBody';
import MAPPING_BODY_NO_NAME from '@salesforce/label/c.Meeting_MappingRequestBodyNoName';
import MAPPING_USERNAME from '@salesforce/label/c.Meeting_MappingRequestUsername';

/** Subject of the email a rep without a Zoom mapping sends to the Zoom admin. */
export const MAPPING_REQUEST_SUBJECT: string = MAPPING_SUBJECT;

/**
 * A mailto: link asking the Zoom admin to link the rep's Salesforce user to Zoom, or null without an address.
 * The body names the user and username so the admin can find them on the Zoom Setup page.
 */
export function mappingRequestMailto(
    adminEmail: string | null | undefined,
    userName: string | null | undefined,
    username: string | null | undefined
): string | null {
    const address = (adminEmail ?? '').trim();
    if (!address) return null;
    const who = [userName?.trim(), username?.trim() ? formatLabel(MAPPING_USERNAME, username.trim()) : '']
        .filter((part) => part)
        .join(' ');
    const body = who ? formatLabel(MAPPING_BODY, who) : MAPPING_BODY_NO_NAME;
    return `mailto:${encodeURI(address)}?subject=${encodeURIComponent(MAPPING_REQUEST_SUBJECT)}&body=${encodeURIComponent(body)}`;
}

/**
 * The URL of a record, or null without an Id. Without `baseUrl` it is "/<Id>", which Lightning Experience and Classic
 * both open. Lightning Out pages (Classic) pass the org's own URL as `baseUrl`: they are served from the Visualforce
 * domain, where a relative record link would point at the wrong host.
 */
export function recordUrl(recordId: string | null | undefined, baseUrl?: string | null): string | null {
    if (!recordId) return null;
    const base = (baseUrl ?? '').trim().replace(/\/+$/, '');
    const safeBase = /^https:\/\/[^\s/]+$/i.test(base) ? base : '';
    return `${safeBase}/${encodeURIComponent(recordId)}`;
}

/**
 * Where a record link opens: the whole window on a Lightning Out page (the Classic Event panel is an inline
 * Visualforce frame, so "_self" would open the record inside the frame), the current page otherwise.
 */
export function recordLinkTarget(baseUrl?: string | null): '_top' | '_self' {
    return (baseUrl ?? '').trim() ? '_top' : '_self';
}

/**
 * Opens `url` in a new tab. Returns false when the browser blocked the popup, so the caller can offer a link the
 * user clicks instead. The new tab gets no handle on this page (opener cleared). Not called with the
 * 'noopener' feature: with it, browsers return null even when the tab opened, hiding a blocked popup.
 */
export function openInNewTab(url: string): boolean {
    let opened: Window | null = null;
    try {
        opened = window.open(url, '_blank');
    } catch {
        return false;
    }
    if (!opened) return false;
    try {
        opened.opener = null;
    } catch {
        // Some containers hand back a proxy whose opener cannot be set; the tab is open all the same.
    }
    return true;
}

/**
 * Opens an empty tab at once, inside the rep's click, and returns it (null when the browser blocked it). The caller
 * points it at the start URL when Apex answers (`pointTab`) or closes it on failure (`closeTab`): a tab opened
 * after an `await` has lost the click's user activation and popup blockers stop it. The new tab gets no handle on
 * this page (opener cleared); 'noopener' is not passed, because with it browsers return null and the tab could not
 * be pointed at the URL afterwards.
 */
export function openBlankTab(): Window | null {
    let opened: Window | null = null;
    try {
        opened = window.open('', '_blank');
    } catch {
        return null;
    }
    if (!opened) return null;
    try {
        opened.opener = null;
    } catch {
        // Some containers hand back a proxy whose opener cannot be set; the tab is open all the same.
    }
    return opened;
}

/** Points a tab from `openBlankTab` at `url`; false when it cannot (the rep closed it meanwhile). */
export function pointTab(tab: Window | null, url: string): boolean {
    if (!tab) return false;
    try {
        if (tab.closed) return false;
        tab.location.href = url;
        return true;
    } catch {
        return false;
    }
}

/** Closes a tab from `openBlankTab` (nothing to show in it); never throws. */
export function closeTab(tab: Window | null): void {
    try {
        tab?.close();
    } catch {
        // Already closed or not ours to close: nothing left to do.
    }
}
