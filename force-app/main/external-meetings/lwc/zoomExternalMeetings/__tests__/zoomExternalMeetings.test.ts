import { createElement } from 'lwc';
import ZoomExternalMeetings from 'c/zoomExternalMeetings';
import listMeetings from '@salesforce/apex/ExternalMeetingController.listMeetings';
import getHosts from '@salesforce/apex/ExternalMeetingController.getHosts';
import getMeetingDetails from '@salesforce/apex/ExternalMeetingController.getMeetingDetails';
import createEvents from '@salesforce/apex/ExternalMeetingController.createEvents';
import { defaultRange } from 'c/externalMeetingQuery';
import page1 from 'fixtures/ExternalMeetingController.listMeetings.json';
import page2 from 'fixtures/ExternalMeetingController.listMeetings.page2.json';
import emptyPage from 'fixtures/ExternalMeetingController.listMeetings.empty.json';
import hosts from 'fixtures/ExternalMeetingController.getHosts.json';
import details from 'fixtures/ExternalMeetingController.getMeetingDetails.json';
import partialSummary from 'fixtures/ExternalMeetingController.createEvents.json';

jest.mock('@salesforce/apex/ExternalMeetingController.listMeetings', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/ExternalMeetingController.getHosts', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/ExternalMeetingController.getMeetingDetails', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/ExternalMeetingController.createEvents', () => ({ default: jest.fn() }), {
    virtual: true
});

const mocked = (fn: unknown) => fn as jest.Mock;
// A macrotask runs after every already-queued promise callback, including chained Apex calls.
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Toast = { title: string; message: string; variant: string };
type Page = Apex.ExternalMeetingPage;

/** A page of `count` generated rows (ids m0…), for selections larger than the fixtures. */
function bigPage(count: number): Page {
    const rows = Array.from({ length: count }, (_, i) => ({
        ...page1.rows[0],
        id: `m${i}`,
        topic: `Meeting ${i}`,
        eventId: null
    }));
    return { ...page1, rows, totalCount: count, pageSize: 200 } as Page;
}

async function mount(first: unknown = page1): Promise<{ element: HTMLElement; toasts: Toast[] }> {
    mocked(getHosts).mockResolvedValue(hosts);
    mocked(listMeetings).mockResolvedValue(first);
    const element = createElement('c-zoom-external-meetings', { is: ZoomExternalMeetings });
    const toasts: Toast[] = [];
    element.addEventListener('lightning__showtoast', (e) => toasts.push((e as CustomEvent<Toast>).detail));
    document.body.appendChild(element);
    await flush();
    return { element, toasts };
}

const q = <T = HTMLElement>(element: HTMLElement, selector: string) =>
    element.shadowRoot!.querySelector(selector) as T | null;
const qa = (element: HTMLElement, selector: string) => [...element.shadowRoot!.querySelectorAll(selector)];
const click = (element: HTMLElement, id: string) =>
    (q(element, `lightning-button[data-id="${id}"]`) as HTMLElement).click();
const text = (element: HTMLElement, id: string) => q(element, `[data-id="${id}"]`)?.textContent?.trim();
const change = (target: Element, value: string) =>
    target.dispatchEvent(new CustomEvent('change', { detail: { value } }));
const lastQuery = (): Apex.ExternalMeetingQuery => mocked(listMeetings).mock.calls.at(-1)[0].query;
const topics = (element: HTMLElement) => qa(element, '[data-cell="topic"]').map((c) => c.textContent?.trim());
const rowBox = (element: HTMLElement, id: string) =>
    q<HTMLInputElement>(element, `tbody input[type="checkbox"][data-id="${id}"]`)!;

// axe (toBeAccessible) walks the whole page, up to 60 rows: seconds per state on a busy machine.
jest.setTimeout(30_000);

describe('c-zoom-external-meetings', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('shows a spinner while the first page loads', async () => {
        mocked(getHosts).mockResolvedValue(hosts);
        mocked(listMeetings).mockReturnValue(new Promise(() => undefined));
        const element = createElement('c-zoom-external-meetings', { is: ZoomExternalMeetings });
        document.body.appendChild(element);
        expect(q(element, '[data-id="loading"] lightning-spinner')).not.toBeNull();
        expect(q(element, '[data-id="meetings"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('opens on the last 30 days, newest first, and shows the page', async () => {
        const { element } = await mount();
        const range = defaultRange('America/Los_Angeles');
        expect(listMeetings).toHaveBeenCalledTimes(1);
        expect(lastQuery()).toEqual({
            ...range,
            hostUserId: null,
            eventFilter: 'all',
            sortBy: 'startTime',
            sortDirection: 'desc',
            pageSize: 50,
            direction: 'first',
            cursor: null
        });
        expect(topics(element)).toEqual(page1.rows.map((r) => r.topic));
        expect(text(element, 'page-label')).toBe('Page 1 of 1 · 4 meetings');
        expect(q<{ value: string }>(element, '[data-id="from-date"]')!.value).toBe(range.fromDate);
        const hostOptions = q<{ options: Array<{ label: string }> }>(element, '[data-id="host"]')!.options;
        expect(hostOptions.map((o) => o.label)).toEqual(['All hosts', 'Dana Rep', 'Priya Account', 'Sam Seller']);
        const row = q(element, `tr[data-row="${page1.rows[2].id}"]`)!;
        expect(row.textContent).toContain('Priya Account');
        expect(row.textContent).toContain('1 h 2 min');
        expect(row.querySelector('a')!.getAttribute('href')).toBe('/lightning/r/Event/00UDn00000Ev0101AAA/view');
        expect(q<{ disabled: boolean }>(element, '[data-id="next"]')!.disabled).toBe(true);
        expect(q<{ disabled: boolean }>(element, '[data-id="create-events"]')!.disabled).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('pages with next, previous, first and last, sending the cursor of the page on screen', async () => {
        const { element } = await mount(page2);
        expect(text(element, 'page-label')).toBe('Page 2 of 3 · 130 meetings');

        click(element, 'next');
        await flush();
        expect(lastQuery()).toMatchObject({ direction: 'next', cursor: page2.cursor });

        mocked(listMeetings).mockResolvedValue({ ...page2, pageNumber: 3, hasNext: false, cursor: 'c3' });
        click(element, 'previous');
        await flush();
        expect(lastQuery()).toMatchObject({ direction: 'previous', cursor: page2.cursor });
        expect(text(element, 'page-label')).toBe('Page 3 of 3 · 130 meetings');
        expect(q<{ disabled: boolean }>(element, '[data-id="last"]')!.disabled).toBe(true);

        click(element, 'first');
        await flush();
        expect(lastQuery()).toMatchObject({ direction: 'first', cursor: null });

        mocked(listMeetings).mockResolvedValue(page2);
        click(element, 'last');
        await flush();
        expect(lastQuery()).toMatchObject({ direction: 'last', cursor: null });
        expect(listMeetings).toHaveBeenCalledTimes(5);
    });

    it('searches again from the first page when a filter changes', async () => {
        const { element } = await mount(page2);
        change(q(element, '[data-id="host"]')!, hosts[2].id);
        await flush();
        expect(lastQuery()).toMatchObject({ hostUserId: hosts[2].id, direction: 'first', cursor: null });

        change(q(element, '[data-id="event-filter"]')!, 'withoutEvent');
        await flush();
        expect(lastQuery()).toMatchObject({ hostUserId: hosts[2].id, eventFilter: 'withoutEvent' });

        change(q(element, '[data-id="page-size"]')!, '200');
        await flush();
        expect(lastQuery()).toMatchObject({ pageSize: 200, direction: 'first' });

        change(q(element, '[data-id="from-date"]')!, '2026-01-01');
        change(q(element, '[data-id="to-date"]')!, '2026-01-31');
        await flush();
        expect(lastQuery()).toMatchObject({
            fromDate: '2026-01-01',
            toDate: '2026-01-31',
            eventFilter: 'withoutEvent'
        });

        change(q(element, '[data-id="host"]')!, '');
        await flush();
        expect(lastQuery().hostUserId).toBeNull();
    });

    it('sorts on the server by the clicked column', async () => {
        const { element } = await mount();
        const sortButton = (by: string) => q(element, `button[data-sort="${by}"]`)!;
        expect(sortButton('startTime').closest('th')!.getAttribute('aria-sort')).toBe('descending');

        sortButton('topic').click();
        await flush();
        expect(lastQuery()).toMatchObject({ sortBy: 'topic', sortDirection: 'asc', direction: 'first' });
        expect(sortButton('topic').closest('th')!.getAttribute('aria-sort')).toBe('ascending');
        expect(sortButton('startTime').closest('th')!.getAttribute('aria-sort')).toBe('none');

        sortButton('topic').click();
        await flush();
        expect(lastQuery()).toMatchObject({ sortBy: 'topic', sortDirection: 'desc' });

        sortButton('participants').click();
        await flush();
        expect(lastQuery()).toMatchObject({ sortBy: 'participants', sortDirection: 'desc' });
    });

    it('explains an end date before the start date and does not call Apex', async () => {
        const { element } = await mount();
        change(q(element, '[data-id="to-date"]')!, '2020-01-01');
        await flush();
        expect(text(element, 'range-error')).toBe('The end date must be on or after the start date.');
        expect(listMeetings).toHaveBeenCalledTimes(1);
        expect(q(element, '[data-id="meetings"]')).toBeNull();
        await expect(element).toBeAccessible();

        click(element, 'create-events'); // nothing selected: nothing happens
        change(q(element, '[data-id="to-date"]')!, defaultRange('America/Los_Angeles').toDate);
        await flush();
        expect(q(element, '[data-id="range-error"]')).toBeNull();
        expect(listMeetings).toHaveBeenCalledTimes(2);
    });

    it('shows an empty range plainly', async () => {
        const { element } = await mount(emptyPage);
        expect(text(element, 'empty')).toContain('No Zoom meetings match.');
        expect(q(element, '[data-id="meetings"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it("says that Zoom's report leaves out meetings the host held alone, and webinars", async () => {
        const { element } = await mount(emptyPage);
        expect(text(element, 'zoom-report-note')).toContain('only when two or more people joined it');
        expect(text(element, 'zoom-report-note')).toContain('Webinars are not listed.');
        expect(text(element, 'empty-zoom-note')).toContain('Meetings the host held alone are not imported');
    });

    it('reports a load error in words and tries again', async () => {
        mocked(getHosts).mockRejectedValue({ body: { message: 'No access to Zoom users.' } });
        mocked(listMeetings).mockRejectedValue({ body: { message: 'You cannot see Zoom meetings.' } });
        const element = createElement('c-zoom-external-meetings', { is: ZoomExternalMeetings });
        document.body.appendChild(element);
        await flush();
        expect(text(element, 'load-error')).toContain('You cannot see Zoom meetings.');
        expect(text(element, 'hosts-error')).toBe('Hosts could not be loaded: No access to Zoom users.');
        await expect(element).toBeAccessible();

        mocked(listMeetings).mockResolvedValue(page1);
        click(element, 'retry');
        await flush();
        expect(q(element, '[data-id="load-error"]')).toBeNull();
        expect(topics(element)).toHaveLength(4);
    });

    it('ignores a page that answers after a newer request', async () => {
        const { element } = await mount(page2);
        let answerSlow: (page: unknown) => void = () => undefined;
        mocked(listMeetings).mockReturnValueOnce(new Promise((resolve) => (answerSlow = resolve)));
        click(element, 'next');
        mocked(listMeetings).mockResolvedValueOnce(page1);
        change(q(element, '[data-id="host"]')!, hosts[0].id);
        await flush();
        answerSlow({ ...page2, rows: [] });
        await flush();
        expect(topics(element)).toEqual(page1.rows.map((r) => r.topic));
    });

    it('reuses the rows on screen for the next page, each showing its own meeting', async () => {
        const { element } = await mount(page1);
        const firstRow = qa(element, 'tbody tr')[0];
        rowBox(element, page1.rows[0].id).click();
        mocked(getMeetingDetails).mockResolvedValue(details);
        (q(element, `button[data-id="${page1.rows[1].id}"]`) as HTMLElement).click();
        await flush();

        mocked(listMeetings).mockResolvedValue(page2);
        click(element, 'next');
        await flush();
        const rows = qa(element, 'tbody tr');
        expect(rows).toHaveLength(2);
        // The same element, patched: a page switch creates no rows (the cost of 200 new rows is their creation).
        expect(rows[0]).toBe(firstRow);
        const [stark, wayne] = page2.rows;
        expect(rows[0].getAttribute('data-row')).toBe(stark.id);
        expect(rows[0].querySelector('[data-cell="topic"]')!.getAttribute('title')).toBe(stark.topic);
        expect(rowBox(element, stark.id).checked).toBe(false);
        expect(rowBox(element, stark.id).getAttribute('aria-label')).toBe(`Select ${stark.topic}`);
        expect(rows[0].querySelector('button')!.getAttribute('aria-label')).toBe(`Get details of ${stark.topic}`);
        expect(rows[1].className).toBe('slds-hint-parent');
        expect(rows[1].querySelector('button')!.getAttribute('data-id')).toBe(wayne.id);
        expect(rows.map((r) => r.querySelector('a'))).toEqual([null, null]);

        mocked(listMeetings).mockResolvedValue(page1);
        click(element, 'previous');
        await flush();
        expect(rowBox(element, page1.rows[0].id).checked).toBe(true);
        expect(qa(element, 'tbody tr')[1].className).toBe('slds-hint-parent slds-is-selected');
        expect(qa(element, 'tbody tr')[2].querySelector('a')!.getAttribute('href')).toBe(
            '/lightning/r/Event/00UDn00000Ev0101AAA/view'
        );
    });

    it('keeps the selection across pages and clears it', async () => {
        const { element } = await mount(page1);
        rowBox(element, page1.rows[0].id).click();
        await flush();
        expect(text(element, 'selection-count')).toBe('1 selected');

        mocked(listMeetings).mockResolvedValue(page2);
        change(q(element, '[data-id="host"]')!, hosts[0].id);
        await flush();
        q<HTMLInputElement>(element, 'input[data-id="select-page"]')!.click();
        await flush();
        expect(text(element, 'selection-count')).toBe('3 selected');
        expect(rowBox(element, page2.rows[1].id).checked).toBe(true);
        await flush();
        expect(q<HTMLInputElement>(element, 'input[data-id="select-page"]')!.checked).toBe(true);
        await expect(element).toBeAccessible();

        mocked(listMeetings).mockResolvedValue(page1);
        change(q(element, '[data-id="host"]')!, '');
        await flush();
        expect(rowBox(element, page1.rows[0].id).checked).toBe(true);
        expect(rowBox(element, page1.rows[1].id).checked).toBe(false);
        expect(q<HTMLInputElement>(element, 'input[data-id="select-page"]')!.checked).toBe(false);

        rowBox(element, page1.rows[0].id).click();
        await flush();
        expect(text(element, 'selection-count')).toBe('2 selected');
        click(element, 'clear-selection');
        await flush();
        expect(text(element, 'selection-count')).toBe('0 selected');
        expect(q(element, '[data-id="clear-selection"]')).toBeNull();
    });

    it('shows participants with their suggestion and confidence, and sends the picks', async () => {
        mocked(getMeetingDetails).mockResolvedValue(details);
        mocked(createEvents).mockResolvedValue({
            created: 1,
            skipped: 0,
            failed: 0,
            outcomes: [{ meetingId: details.meeting.id, topic: null, outcome: 'Created', message: '', eventId: '00U9' }]
        });
        const { element, toasts } = await mount();
        (q(element, `button[data-id="${details.meeting.id}"]`) as HTMLElement).click();
        await flush();
        expect(getMeetingDetails).toHaveBeenCalledWith({ meetingId: details.meeting.id });
        expect(text(element, 'details-title')).toBe(details.meeting.topic);
        expect(q(element, `tr[data-row="${details.meeting.id}"]`)!.className).toContain('slds-is-selected');
        // The host first (Zoom lists the host among the participants; no Contact or Lead), then the guests.
        const items = qa(element, '[data-participant]');
        expect(items).toHaveLength(5);
        expect(items[0].textContent).toContain('Dana Rep');
        expect(items.map((i) => i.querySelector('[data-id="confidence"]')!.textContent)).toEqual([
            'None',
            'High',
            'Low',
            'Medium',
            'None'
        ]);
        const pickers = items.map(
            (i) =>
                i.querySelector('lightning-combobox') as unknown as {
                    value: string;
                    options: Array<{ label: string; value: string }>;
                }
        );
        expect(pickers[0].value).toBe('');
        await expect(element).toBeAccessible();
        expect(pickers[1].value).toBe('003Dn00000Ct0001AAA');
        expect(pickers[2].value).toBe('');
        expect(pickers[2].options.map((o) => o.label)).toEqual([
            'None',
            'Chris Lee (Contact, Globex)',
            'Chris Lee (Lead, Initech)'
        ]);
        expect(items[4].textContent).toContain('iPhone');

        change(items[2].querySelector('lightning-combobox')!, '00QDn00000Ld0001AAA');
        change(items[3].querySelector('lightning-combobox')!, '');
        await flush();
        expect(pickers[2].value).toBe('00QDn00000Ld0001AAA');

        rowBox(element, details.meeting.id).click();
        await flush();
        click(element, 'create-events');
        await flush();
        expect(createEvents).toHaveBeenCalledWith({
            requests: [{ meetingId: details.meeting.id, personIds: ['003Dn00000Ct0001AAA', '00QDn00000Ld0001AAA'] }]
        });
        expect(toasts).toEqual([expect.objectContaining({ message: '1 Event created.', variant: 'success' })]);
        expect(q(element, '[data-id="created"] a')!.textContent).toBe(details.meeting.topic);
        await expect(element).toBeAccessible();

        (q(element, 'lightning-button-icon[data-id="close-details"]') as HTMLElement).click();
        await flush();
        expect(q(element, '[data-id="details"]')).toBeNull();
    });

    it('moves focus to the details when opened and back to the row when closed (button or Escape)', async () => {
        mocked(getMeetingDetails).mockResolvedValue(details);
        const focus = jest.spyOn(HTMLElement.prototype, 'focus');
        const lastFocused = () => focus.mock.contexts.at(-1) as HTMLElement | undefined;
        try {
            const { element } = await mount();
            const rowButton = () => q(element, `button[data-id="${details.meeting.id}"]`) as HTMLElement;
            rowButton().click();
            await flush();
            expect(lastFocused()).toBe(q(element, '[data-id="details"]'));

            (q(element, 'lightning-button-icon[data-id="close-details"]') as HTMLElement).click();
            await flush();
            expect(q(element, '[data-id="details"]')).toBeNull();
            expect(lastFocused()).toBe(rowButton());

            rowButton().click();
            await flush();
            focus.mockClear();
            q(element, '[data-id="details"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
            await flush();
            expect(q(element, '[data-id="details"]')).not.toBeNull();
            q(element, '[data-id="details"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
            await flush();
            expect(q(element, '[data-id="details"]')).toBeNull();
            expect(lastFocused()).toBe(rowButton());
        } finally {
            focus.mockRestore();
        }
    });

    it('reports a details failure and a meeting without participants', async () => {
        mocked(getMeetingDetails).mockRejectedValueOnce({ body: { message: 'This meeting was deleted.' } });
        const { element } = await mount();
        (q(element, `button[data-id="${page1.rows[1].id}"]`) as HTMLElement).click();
        await flush();
        expect(text(element, 'details-error')).toBe('This meeting was deleted.');
        await expect(element).toBeAccessible();

        mocked(getMeetingDetails).mockResolvedValueOnce({ ...details, participants: [] });
        (q(element, `button[data-id="${page1.rows[0].id}"]`) as HTMLElement).click();
        await flush();
        expect(q(element, '[data-id="no-participants"]')).not.toBeNull();
        expect(q(element, '[data-id="details-error"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('creates Events for the selection and summarises created, skipped and failed', async () => {
        mocked(createEvents).mockResolvedValue(partialSummary);
        const { element, toasts } = await mount();
        q<HTMLInputElement>(element, 'input[data-id="select-page"]')!.click();
        await flush();
        expect(text(element, 'selection-count')).toBe('4 selected');
        mocked(listMeetings).mockClear();

        click(element, 'create-events');
        await flush();
        expect(createEvents).toHaveBeenCalledTimes(1);
        expect(mocked(createEvents).mock.calls[0][0].requests).toEqual(
            page1.rows.map((r) => ({ meetingId: r.id, personIds: [] }))
        );
        expect(text(element, 'summary-text')).toBe('2 Events created, 1 skipped, 1 failed.');
        const links = qa(element, '[data-id="created"] a');
        expect(links.map((a) => a.getAttribute('href'))).toEqual([
            '/lightning/r/Event/00UDn00000Ev0201AAA/view',
            '/lightning/r/Event/00UDn00000Ev0202AAA/view'
        ]);
        expect(text(element, 'skipped')).toContain('Already has an Event.');
        expect(text(element, 'failed')).toContain('pick one in Get Details');
        await expect(element).toBeAccessible();
        // The failed meeting stays selected; the page is asked again with the same query.
        expect(text(element, 'selection-count')).toBe('1 selected');
        expect(listMeetings).toHaveBeenCalledTimes(1);
        expect(lastQuery()).toMatchObject({ direction: 'first' });
        expect(toasts).toEqual([expect.objectContaining({ title: 'Create Events finished', variant: 'warning' })]);

        click(element, 'dismiss-summary');
        await flush();
        expect(q(element, '[data-id="summary"]')).toBeNull();
    });

    it('creates in chunks of 50 with a progress bar, and a failed chunk fails its meetings', async () => {
        let answerFirst: (summary: unknown) => void = () => undefined;
        mocked(createEvents)
            .mockReturnValueOnce(new Promise((resolve) => (answerFirst = resolve)))
            .mockRejectedValueOnce({ body: { message: 'Zoom is busy. Try again in a minute.' } });
        const { element, toasts } = await mount(bigPage(60));
        q<HTMLInputElement>(element, 'input[data-id="select-page"]')!.click();
        await flush();
        expect(text(element, 'selection-count')).toBe('60 selected');

        click(element, 'create-events');
        await flush();
        expect(q(element, '[data-id="progress"] lightning-progress-bar')).not.toBeNull();
        expect(text(element, 'progress')).toContain('0 of 60 meetings');
        expect(q<{ disabled: boolean }>(element, '[data-id="create-events"]')!.disabled).toBe(true);
        expect(mocked(createEvents).mock.calls[0][0].requests).toHaveLength(50);
        await expect(element).toBeAccessible();

        answerFirst({
            created: 50,
            skipped: 0,
            failed: 0,
            outcomes: Array.from({ length: 50 }, (_, i) => ({
                meetingId: `m${i}`,
                topic: `Meeting ${i}`,
                outcome: 'Created',
                message: '',
                eventId: `00U${i}`
            }))
        });
        await flush();
        expect(mocked(createEvents).mock.calls[1][0].requests).toHaveLength(10);
        expect(q(element, '[data-id="progress"]')).toBeNull();
        expect(text(element, 'summary-text')).toBe('50 Events created, 10 failed.');
        expect(text(element, 'failed')).toContain('Meeting 55: Zoom is busy. Try again in a minute.');
        expect(text(element, 'selection-count')).toBe('10 selected');
        expect(toasts[0].variant).toBe('warning');
    });
});
