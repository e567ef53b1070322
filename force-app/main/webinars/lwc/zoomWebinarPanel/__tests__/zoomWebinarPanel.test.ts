import { createElement } from 'lwc';
import ZoomWebinarPanel from 'c/zoomWebinarPanel';
import getWebinar from '@salesforce/apex/WebinarPanelController.getWebinar';
import getRegistrants from '@salesforce/apex/WebinarPanelController.getRegistrants';
import syncNow from '@salesforce/apex/WebinarSyncController.syncNow';
import cancelWebinar from '@salesforce/apex/WebinarController.cancelWebinar';
import removePanelist from '@salesforce/apex/WebinarController.removePanelist';
import searchPanelistCandidates from '@salesforce/apex/WebinarController.searchPanelistCandidates';
import addPanelists from '@salesforce/apex/WebinarController.addPanelists';
import { refreshApex } from '@salesforce/apex';
import webinarJson from 'fixtures/WebinarPanelController.getWebinar.json';
import readOnlyJson from 'fixtures/WebinarPanelController.getWebinar.readOnly.json';
import endedJson from 'fixtures/WebinarPanelController.getWebinar.ended.json';
import failedJson from 'fixtures/WebinarPanelController.getWebinar.failed.json';
import cancelledJson from 'fixtures/WebinarPanelController.getWebinar.cancelled.json';
import campaignJson from 'fixtures/WebinarPanelController.getWebinar.campaign.json';
import emptyJson from 'fixtures/WebinarPanelController.getWebinar.empty.json';
import registrantsJson from 'fixtures/WebinarPanelController.getRegistrants.json';
import syncedJson from 'fixtures/WebinarSyncController.syncNow.panel.json';
import cancelJson from 'fixtures/WebinarController.cancelWebinar.panel.json';
import removedJson from 'fixtures/WebinarController.removePanelist.panel.json';
import candidatesJson from 'fixtures/WebinarController.searchPanelistCandidates.panel.json';
import addedJson from 'fixtures/WebinarController.addPanelists.panel.json';
import type * as SfdxLwcJest from '@salesforce/sfdx-lwc-jest';
import type { TestWireAdapter } from '@salesforce/sfdx-lwc-jest';
import type { Notice } from 'c/zoomNotice';

const webinar = webinarJson as Apex.WebinarDto;
const readOnly = readOnlyJson as Apex.WebinarDto;
const ended = endedJson as Apex.WebinarDto;
const failed = failedJson as Apex.WebinarDto;
const cancelled = cancelledJson as Apex.WebinarDto;
const campaign = campaignJson as Apex.WebinarDto;
const empty = emptyJson as Apex.WebinarDto | null;
const registrants = registrantsJson as Apex.WebinarRegistrantPageDto;
const synced = syncedJson as Apex.WebinarSyncResultDto;
const cancelResult = cancelJson as Apex.WebinarSaveResultDto;
const removed = removedJson as Apex.WebinarActionResultDto;
const candidates = candidatesJson as Apex.WebinarPersonDto[];
const added = addedJson as Apex.WebinarActionResultDto;

jest.mock(
    '@salesforce/apex/WebinarPanelController.getWebinar',
    () => {
        const { createApexTestWireAdapter } = jest.requireActual<typeof SfdxLwcJest>('@salesforce/sfdx-lwc-jest');
        return { default: createApexTestWireAdapter(jest.fn()) };
    },
    { virtual: true }
);
jest.mock('@salesforce/apex/WebinarPanelController.getRegistrants', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/WebinarRegistrationController.setRegistrantStatus', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/WebinarSyncController.syncNow', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/WebinarController.cancelWebinar', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/WebinarController.removePanelist', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/WebinarController.searchPanelistCandidates', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/WebinarController.addPanelists', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), { virtual: true });

const wire = getWebinar as unknown as TestWireAdapter & { error(body?: unknown): void };
const mocked = (fn: unknown) => fn as jest.Mock;
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
type Panel = HTMLElement & { recordId?: string; objectApiName?: string };

function q<T extends Element = HTMLElement>(element: Element, selector: string): T | null {
    return element.shadowRoot!.querySelector<T>(selector as any) as T | null;
}
function text(element: Element, selector: string): string {
    return q(element, selector)?.textContent?.trim() ?? '';
}
function button(element: Element, id: string): (HTMLElement & { disabled: boolean; label: string }) | null {
    return q(element, `lightning-button[data-id="${id}"]`) as
        | (HTMLElement & { disabled: boolean; label: string })
        | null;
}
function notice(element: Element): Notice | null {
    return (q(element, 'c-zoom-notice') as (HTMLElement & { notice: Notice | null }) | null)?.notice ?? null;
}

function mount(recordId = webinar.id, objectApiName = 'Zoom_Webinar__c'): Panel {
    const element = createElement('c-zoom-webinar-panel', { is: ZoomWebinarPanel }) as Panel;
    element.recordId = recordId;
    element.objectApiName = objectApiName;
    document.body.appendChild(element);
    return element;
}

async function mountWith(data: Apex.WebinarDto | null, recordId?: string, objectApiName?: string): Promise<Panel> {
    const element = mount(recordId, objectApiName);
    wire.emit(data);
    await flush();
    await flush();
    return element;
}

jest.setTimeout(30_000);

describe('c-zoom-webinar-panel', () => {
    beforeEach(() => {
        mocked(getRegistrants).mockResolvedValue(registrants);
    });
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('asks for the webinar of the page record and shows a spinner until it arrives', async () => {
        const element = mount('a0W5g00000Wb0042AA');
        await flush();
        expect(wire.getLastConfig()).toEqual({ recordId: 'a0W5g00000Wb0042AA' });
        expect(q(element, '[data-id="loading"] lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('scheduled, manager: details, settings, links, actions; accessible', async () => {
        const element = await mountWith(webinar);
        expect(text(element, '[data-id="status"]')).toBe('Scheduled');
        expect(text(element, '[data-id="webinar-number"]')).toBe(webinar.webinarNumber);
        expect(q<HTMLAnchorElement>(element, 'a[data-id="join"]')!.href).toBe(webinar.joinUrl);
        expect(q<HTMLAnchorElement>(element, 'a[data-id="registration"]')!.href).toBe(webinar.registrationUrl);
        expect(text(element, '[data-id="webinar-time"]')).toMatch(/GMT\+1|CET/);
        expect(text(element, '[data-setting="practice"]')).toBe('Yes');
        expect(text(element, '[data-setting="approval"]')).toBe(webinar.approvalTypeLabel);
        expect(button(element, 'sync')).not.toBeNull();
        expect(button(element, 'cancel')).not.toBeNull();
        const table = q(element, 'c-zoom-webinar-registrants') as HTMLElement & {
            canManage: boolean;
            webinarId: string;
        };
        expect(table.canManage).toBe(true);
        expect(table.webinarId).toBe(webinar.id);
        expect(element.shadowRoot!.querySelectorAll('lightning-button-icon')).toHaveLength(webinar.panelists.length);
        await expect(element).toBeAccessible();
    });

    it('reveals the passcode on demand', async () => {
        const element = await mountWith(webinar);
        expect(text(element, '[data-id="passcode"]')).not.toContain(webinar.passcode!);
        button(element, 'passcode-toggle')!.click();
        await flush();
        expect(text(element, '[data-id="passcode"]')).toBe(webinar.passcode);
    });

    it('scheduled, read-only rep: no cancel, no panelist removal, no passcode; accessible', async () => {
        const element = await mountWith(readOnly);
        expect(button(element, 'cancel')).toBeNull();
        expect(button(element, 'sync')).not.toBeNull();
        expect(element.shadowRoot!.querySelectorAll('lightning-button-icon')).toHaveLength(0);
        expect(q(element, '[data-id="passcode"]')).toBeNull();
        const table = q(element, 'c-zoom-webinar-registrants') as HTMLElement & { canManage: boolean };
        expect(table.canManage).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('ended: counts, rate and attendees; accessible', async () => {
        const element = await mountWith(ended);
        expect(text(element, '[data-count="attended"]')).toBe('4');
        expect(text(element, '[data-count="rate"]')).toMatch(/80/);
        expect(element.shadowRoot!.querySelectorAll('[data-id="attendees"] tbody tr')).toHaveLength(
            ended.attendees.length
        );
        expect(button(element, 'cancel')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('failed: the reason, no links; accessible', async () => {
        const element = await mountWith(failed);
        expect(text(element, '[data-id="failed"]')).toBe(failed.failureReason);
        expect(q(element, 'a[data-id="join"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('cancelled: nothing to cancel; accessible', async () => {
        const element = await mountWith(cancelled);
        expect(text(element, '[data-id="status"]')).toBe('Cancelled');
        expect(button(element, 'cancel')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('campaign: picks another webinar of the Campaign; accessible', async () => {
        const element = await mountWith(campaign, campaign.campaignId!, 'Campaign');
        const picker = q(element, 'lightning-combobox[data-id="picker"]') as HTMLElement & { options: unknown[] };
        expect(picker.options).toHaveLength(2);
        await expect(element).toBeAccessible();
        picker.dispatchEvent(new CustomEvent('change', { detail: { value: campaign.otherWebinars[1].id } }));
        await flush();
        expect(wire.getLastConfig()).toEqual({ recordId: campaign.otherWebinars[1].id });
        wire.emit({ ...ended, id: campaign.otherWebinars[1].id, otherWebinars: [] });
        await flush();
        expect(q(element, 'lightning-combobox[data-id="picker"]')).not.toBeNull();
    });

    it('empty Campaign: points to Create Zoom Webinar; accessible', async () => {
        const element = await mountWith(empty, '7015g00000Cp0009AA', 'Campaign');
        expect(text(element, '[data-id="empty"]')).toContain('Create Zoom Webinar');
        await expect(element).toBeAccessible();
    });

    it('error: the server sentence; accessible', async () => {
        const element = mount();
        wire.error({ message: 'You do not have access to this Zoom webinar.' });
        await flush();
        expect(text(element, '[data-id="error"]')).toContain('You do not have access');
        await expect(element).toBeAccessible();
    });

    it('Sync now: spinner while working, then a notice and a reload', async () => {
        let resolve: (value: Apex.WebinarSyncResultDto) => void = () => undefined;
        mocked(syncNow).mockReturnValue(new Promise((r) => (resolve = r)));
        const element = await mountWith(webinar);
        button(element, 'sync')!.click();
        await flush();
        expect(q(element, '[data-id="busy"]')).not.toBeNull();
        expect(button(element, 'sync')!.disabled).toBe(true);
        resolve(synced);
        await flush();
        await flush();
        expect(syncNow).toHaveBeenCalledWith({ webinarId: webinar.id });
        expect(refreshApex).toHaveBeenCalled();
        expect(notice(element)).toMatchObject({ message: synced.message, variant: 'success' });
        expect(q(element, '[data-id="busy"]')).toBeNull();
    });

    it('Sync now failure: the error notice with its reference', async () => {
        mocked(syncNow).mockRejectedValue({ body: { message: 'Zoom is busy. Log reference: ZL-42' } });
        const element = await mountWith(webinar);
        button(element, 'sync')!.click();
        await flush();
        await flush();
        expect(notice(element)?.variant).toBe('error');
    });

    it('Cancel asks first, Keep closes the question, Yes cancels', async () => {
        mocked(cancelWebinar).mockResolvedValue(cancelResult);
        const element = await mountWith(webinar);
        button(element, 'cancel')!.click();
        await flush();
        expect(q(element, '[data-id="cancel-confirm"]')).not.toBeNull();
        await expect(element).toBeAccessible();
        button(element, 'cancel-keep')!.click();
        await flush();
        expect(q(element, '[data-id="cancel-confirm"]')).toBeNull();
        expect(cancelWebinar).not.toHaveBeenCalled();
        button(element, 'cancel')!.click();
        await flush();
        button(element, 'cancel-yes')!.click();
        await flush();
        await flush();
        expect(cancelWebinar).toHaveBeenCalledWith({ webinarId: webinar.id });
        expect(notice(element)).toMatchObject({ message: cancelResult.message, variant: 'success' });
    });

    it('removes a panelist (manager)', async () => {
        mocked(removePanelist).mockResolvedValue(removed);
        const element = await mountWith(webinar);
        const icons = element.shadowRoot!.querySelectorAll<HTMLElement>('lightning-button-icon');
        icons[1].click();
        await flush();
        await flush();
        expect(removePanelist).toHaveBeenCalledWith({ panelistId: webinar.panelists[1].id });
        expect(notice(element)).toMatchObject({ message: removed.message, variant: 'success' });
    });

    it('searches Users and Contacts and adds one as a panelist (manager); accessible', async () => {
        mocked(searchPanelistCandidates).mockResolvedValue(candidates);
        mocked(addPanelists).mockResolvedValue(added);
        const element = await mountWith(webinar);
        expect(button(element, 'panelist-search-button')!.disabled).toBe(true);
        const input = q<HTMLInputElement>(element, 'lightning-input[data-id="panelist-search"]')!;
        input.value = 'pr';
        input.dispatchEvent(new CustomEvent('change'));
        await flush();
        button(element, 'panelist-search-button')!.click();
        await flush();
        await flush();
        expect(searchPanelistCandidates).toHaveBeenCalledWith({ term: 'pr' });
        expect(element.shadowRoot!.querySelectorAll('[data-id="candidates"] li')).toHaveLength(candidates.length);
        await expect(element).toBeAccessible();
        button(element, candidates[0].id)!.click();
        await flush();
        await flush();
        expect(addPanelists).toHaveBeenCalledWith({ webinarId: webinar.id, personIds: [candidates[0].id] });
        expect(notice(element)).toMatchObject({ message: added.message, variant: 'success' });
        expect(element.shadowRoot!.querySelectorAll('[data-id="candidates"] li')).toHaveLength(candidates.length - 1);
    });

    it('offers no panelist search to a reader who may not manage', async () => {
        const element = await mountWith(readOnly);
        expect(q(element, '[data-id="panelist-search"]')).toBeNull();
    });

    it('says when the search finds nobody', async () => {
        mocked(searchPanelistCandidates).mockResolvedValue([]);
        const element = await mountWith(webinar);
        const input = q<HTMLInputElement>(element, 'lightning-input[data-id="panelist-search"]')!;
        input.value = 'zz';
        input.dispatchEvent(new CustomEvent('change'));
        await flush();
        button(element, 'panelist-search-button')!.click();
        await flush();
        await flush();
        expect(q(element, '[data-id="no-candidates"]')).not.toBeNull();
    });
});
