import { createElement } from 'lwc';
import ZoomCallList from 'c/zoomCallList';
import getCalls from '@salesforce/apex/CallListController.getCalls';
import searchTargets from '@salesforce/apex/CallListController.searchTargets';
import linkCall from '@salesforce/apex/CallListController.linkCall';
import createLeadFromPerson from '@salesforce/apex/CallListController.createLeadFromPerson';
import createCase from '@salesforce/apex/CallListController.createCase';
import recordJson from 'fixtures/CallListController.getCalls.json';
import mineJson from 'fixtures/CallListController.getCalls.mine.json';
import unmatchedJson from 'fixtures/CallListController.getCalls.unmatched.json';
import emptyJson from 'fixtures/CallListController.getCalls.empty.json';
import narrowJson from 'fixtures/CallListController.getCalls.narrow.json';
import searchJson from 'fixtures/CallListController.searchTargets.json';
import linkedJson from 'fixtures/CallListController.linkCall.json';
import leadJson from 'fixtures/CallListController.createLeadFromPerson.json';
import caseJson from 'fixtures/CallListController.createCase.json';
import type { Notice } from 'c/zoomNotice';

const recordPage = recordJson as Apex.CallPageDto;
const minePage = mineJson as Apex.CallPageDto;
const unmatchedPage = unmatchedJson as Apex.CallPageDto;
const emptyPage = emptyJson as Apex.CallPageDto;
const narrowPage = narrowJson as Apex.CallPageDto;

jest.mock('@salesforce/apex/CallListController.getCalls', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CallListController.searchTargets', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CallListController.linkCall', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/CallListController.createLeadFromPerson', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/CallListController.createCase', () => ({ default: jest.fn() }), { virtual: true });

const mocked = (fn: unknown) => fn as jest.Mock;
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
type List = HTMLElement & { recordId?: string; view?: string };

const CONTACT = '0035g00000Ct0001AA';

function q<T extends Element = HTMLElement>(element: Element, selector: string): T | null {
    return element.shadowRoot!.querySelector<T>(selector as any) as T | null;
}
function rowIds(element: Element): string[] {
    return [...element.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr[data-row]')].map((r) => r.dataset.row!);
}
function rowButton(element: Element, rowId: string, action: string): HTMLElement | null {
    return q(element, `tr[data-row="${rowId}"] button[data-action="${action}"]`);
}
function notice(element: Element): Notice | null {
    return (q(element, 'c-zoom-notice') as (HTMLElement & { notice: Notice | null }) | null)?.notice ?? null;
}
function type(element: Element, selector: string, value: string): void {
    const input = q<HTMLInputElement>(element, selector)!;
    input.value = value;
    input.dispatchEvent(new CustomEvent('change'));
}

async function mount(props: { recordId?: string; view?: string } = {}): Promise<List> {
    const element = createElement('c-zoom-call-list', { is: ZoomCallList }) as List;
    Object.assign(element, props);
    document.body.appendChild(element);
    await flush();
    await flush();
    return element;
}

describe('c-zoom-call-list', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('shows a spinner while loading and is accessible', async () => {
        mocked(getCalls).mockReturnValue(new Promise(() => undefined));
        const element = createElement('c-zoom-call-list', { is: ZoomCallList }) as List;
        element.recordId = CONTACT;
        document.body.appendChild(element);
        expect(q(element, '[data-id="calls-loading"] lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it("lists a record's calls with number, talk time, recording and Task links, and is accessible", async () => {
        mocked(getCalls).mockResolvedValue(recordPage);
        const element = await mount({ recordId: CONTACT });
        expect(getCalls).toHaveBeenCalledWith({
            recordId: CONTACT,
            view: 'record',
            outcome: null,
            search: null,
            pageNumber: 1
        });
        expect(rowIds(element)).toEqual(recordPage.rows.map((r) => r.id));
        const first = q(element, `tr[data-row="${recordPage.rows[0].id}"]`)!;
        expect(first.textContent).toContain('+1 (555) 010-1001');
        expect(first.textContent).toContain('2:05');
        expect(first.querySelector('a[href="https://zoom.us/recording/share/abc123"]')).not.toBeNull();
        expect(first.querySelector('a[href="/lightning/r/00T5g00000Tk0001AA/view"]')).not.toBeNull();
        expect(first.querySelector('a[href="tel:+15550101001"]')).not.toBeNull();
        const third = q(element, `tr[data-row="${recordPage.rows[2].id}"]`)!;
        expect(third.textContent).toContain('ext. 204');
        expect(third.textContent).toContain('00001027');
        expect(rowButton(element, recordPage.rows[2].id, 'link')).toBeNull();
        expect(q(element, '[data-id="views"]')).toBeNull();
        expect(q(element, '[data-id="total"]')!.textContent).toContain('3');
        await expect(element).toBeAccessible();
    });

    it('shows the empty state, accessible', async () => {
        mocked(getCalls).mockResolvedValue(emptyPage);
        const element = await mount({ view: 'unmatched' });
        expect(q(element, '[data-id="calls-empty"]')!.textContent).toBe('Every call is linked. Nothing to do.');
        await expect(element).toBeAccessible();
    });

    it('shows a load failure as a sentence, accessible', async () => {
        mocked(getCalls).mockRejectedValue({ body: { message: 'You do not have access to Zoom calls.' } });
        const element = await mount({ recordId: CONTACT });
        expect(q(element, '[data-id="calls-error"]')!.textContent).toContain('You do not have access to Zoom calls.');
        await expect(element).toBeAccessible();
    });

    it('pages on the server and tells the rep to narrow the filter beyond 2,000 rows', async () => {
        mocked(getCalls).mockResolvedValue(minePage);
        const element = await mount();
        expect(q(element, '[data-id="page-position"]')!.textContent).toBe('Page 1 of 3');
        (q(element, 'lightning-button[data-id="next"]') as HTMLElement).click();
        await flush();
        expect(mocked(getCalls).mock.calls[1][0]).toMatchObject({ view: 'mine', pageNumber: 2 });
        mocked(getCalls).mockResolvedValue(narrowPage);
        (q(element, 'lightning-button[data-id="next"]') as HTMLElement).click();
        await flush();
        expect(q(element, '[data-id="page-notice"]')!.textContent).toContain('Narrow the outcome filter');
        await expect(element).toBeAccessible();
    });

    it('filters by outcome and by a debounced search, back to page 1, and switches tabs', async () => {
        mocked(getCalls).mockResolvedValue(minePage);
        const element = await mount();
        jest.useFakeTimers();
        q(element, 'lightning-combobox[data-id="outcome-filter"]')!.dispatchEvent(
            new CustomEvent('change', { detail: { value: 'Missed' } })
        );
        expect(mocked(getCalls).mock.calls[1][0]).toMatchObject({ outcome: 'Missed', pageNumber: 1 });
        type(element, 'lightning-input[data-id="search"]', 'lo');
        type(element, 'lightning-input[data-id="search"]', 'lovelace');
        jest.advanceTimersByTime(299);
        expect(getCalls).toHaveBeenCalledTimes(2);
        jest.advanceTimersByTime(1);
        expect(getCalls).toHaveBeenCalledTimes(3);
        expect(mocked(getCalls).mock.calls[2][0]).toMatchObject({ search: 'lovelace', outcome: 'Missed' });
        jest.useRealTimers();
        (q(element, 'lightning-button[data-view="unmatched"]') as HTMLElement).click();
        expect(mocked(getCalls).mock.calls[3][0]).toMatchObject({ view: 'unmatched', recordId: null });
    });

    it('links an ambiguous call to a candidate: spinner, notice, reload', async () => {
        mocked(getCalls)
            .mockResolvedValueOnce(unmatchedPage)
            .mockResolvedValueOnce({
                ...unmatchedPage,
                rows: unmatchedPage.rows.slice(1),
                total: 2
            });
        let resolveLink: (value: Apex.CallActionResultDto) => void = () => undefined;
        mocked(linkCall).mockReturnValue(new Promise((resolve) => (resolveLink = resolve)));
        const element = await mount({ view: 'unmatched' });
        const ambiguous = unmatchedPage.rows[0];
        rowButton(element, ambiguous.id, 'link')!.click();
        await flush();
        const panel = q(element, '[data-id="action-panel"]')!;
        expect(panel.textContent).toContain(`Link call ${ambiguous.name}`);
        const candidates = panel.querySelectorAll<HTMLElement>('[data-id="candidates"] lightning-button');
        expect(candidates).toHaveLength(2);
        await expect(element).toBeAccessible();
        candidates[0].click();
        await flush();
        expect(linkCall).toHaveBeenCalledWith({ callId: ambiguous.id, targetId: ambiguous.candidates[0].id });
        expect(q(element, '[data-id="busy"]')).not.toBeNull();
        resolveLink(linkedJson as Apex.CallActionResultDto);
        await flush();
        await flush();
        expect(notice(element)).toMatchObject({ variant: 'success', message: 'Call linked to Ada Lovelace.' });
        expect(q(element, '[data-id="action-panel"]')).toBeNull();
        expect(rowIds(element)).not.toContain(ambiguous.id);
        await expect(element).toBeAccessible();
    });

    it('links through the record search when no candidate fits', async () => {
        mocked(getCalls).mockResolvedValue(unmatchedPage);
        mocked(searchTargets).mockResolvedValueOnce([]).mockResolvedValueOnce(searchJson);
        mocked(linkCall).mockResolvedValue(linkedJson);
        const element = await mount({ view: 'unmatched' });
        const unknown = unmatchedPage.rows[2];
        rowButton(element, unknown.id, 'link')!.click();
        await flush();
        jest.useFakeTimers();
        type(element, 'lightning-input[data-id="target-search"]', 'zz');
        jest.advanceTimersByTime(300);
        jest.useRealTimers();
        await flush();
        expect(q(element, '[data-id="no-results"]')).not.toBeNull();
        jest.useFakeTimers();
        type(element, 'lightning-input[data-id="target-search"]', 'johnson');
        jest.advanceTimersByTime(300);
        jest.useRealTimers();
        await flush();
        expect(searchTargets).toHaveBeenLastCalledWith({ term: 'johnson' });
        const hits = element.shadowRoot!.querySelectorAll<HTMLElement>('[data-id="search-results"] lightning-button');
        expect(hits).toHaveLength(2);
        hits[0].click();
        await flush();
        expect(linkCall).toHaveBeenCalledWith({ callId: unknown.id, targetId: '00Q5g00000Ld0001AA' });
    });

    it("refuses with the server's sentence in an error notice", async () => {
        mocked(getCalls).mockResolvedValue(unmatchedPage);
        mocked(linkCall).mockRejectedValue({
            body: { message: 'Only the rep who made or took this call, their manager or a Zoom admin can link it.' }
        });
        const element = await mount({ view: 'unmatched' });
        rowButton(element, unmatchedPage.rows[0].id, 'link')!.click();
        await flush();
        (q(element, '[data-id="candidates"] lightning-button') as HTMLElement).click();
        await flush();
        await flush();
        expect(notice(element)).toMatchObject({ variant: 'error' });
        expect(notice(element)!.message).toContain('Only the rep');
        expect(q(element, '[data-id="action-panel"]')).not.toBeNull();
    });

    it('creates a Lead from an unknown caller', async () => {
        mocked(getCalls).mockResolvedValue(unmatchedPage);
        mocked(createLeadFromPerson).mockResolvedValue(leadJson);
        const element = await mount({ view: 'unmatched' });
        const person = unmatchedPage.rows[1];
        expect(rowButton(element, unmatchedPage.rows[0].id, 'lead')).toBeNull();
        rowButton(element, person.id, 'lead')!.click();
        await flush();
        const save = q(element, 'lightning-button[data-id="save-lead"]') as HTMLElement & { disabled: boolean };
        expect(save.disabled).toBe(true);
        type(element, 'lightning-input[data-id="lead-last-name"]', 'Johnson');
        type(element, 'lightning-input[data-id="lead-company"]', 'NASA');
        await flush();
        expect(save.disabled).toBe(false);
        await expect(element).toBeAccessible();
        save.click();
        await flush();
        await flush();
        expect(createLeadFromPerson).toHaveBeenCalledWith({
            personId: person.personId,
            lastName: 'Johnson',
            company: 'NASA'
        });
        expect(notice(element)!.message).toContain('Lead Johnson created');
    });

    it('creates a Case from a call', async () => {
        mocked(getCalls).mockResolvedValue(recordPage);
        mocked(createCase).mockResolvedValue(caseJson);
        const element = await mount({ recordId: CONTACT });
        const call = recordPage.rows[0];
        rowButton(element, call.id, 'case')!.click();
        await flush();
        type(element, 'lightning-input[data-id="case-subject"]', 'Printer broken');
        await flush();
        (q(element, 'lightning-button[data-id="save-case"]') as HTMLElement).click();
        await flush();
        await flush();
        expect(createCase).toHaveBeenCalledWith({ callId: call.id, subject: 'Printer broken' });
        expect(notice(element)!.message).toBe('Case 00001028 created from the call.');
        (q(element, 'c-zoom-notice') as HTMLElement).dispatchEvent(new CustomEvent('dismiss'));
        await flush();
        expect(notice(element)).toBeNull();
    });

    it('closes the action form on Cancel', async () => {
        mocked(getCalls).mockResolvedValue(recordPage);
        const element = await mount({ recordId: CONTACT });
        rowButton(element, recordPage.rows[0].id, 'case')!.click();
        await flush();
        (q(element, 'lightning-button[data-id="cancel"]') as HTMLElement).click();
        await flush();
        expect(q(element, '[data-id="action-panel"]')).toBeNull();
    });
});
