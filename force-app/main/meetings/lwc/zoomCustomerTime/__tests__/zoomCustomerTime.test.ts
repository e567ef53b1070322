import { createElement } from 'lwc';
import ZoomCustomerTime from 'c/zoomCustomerTime';

// sfdx-lwc-jest's stub of lightning/uiRecordApi: getRecord is a test wire adapter, updateRecord a jest.fn.
const uiRecordApi = jest.requireActual<{
    getRecord: { emit(value: unknown): void; error(body?: unknown): void };
    updateRecord: jest.Mock;
}>('lightning/uiRecordApi');
const wire = uiRecordApi.getRecord;
const mockedUpdate = uiRecordApi.updateRecord;
const updateRecord = mockedUpdate;
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Toast = { title: string; message: string; variant: string };

const EVENT_ID = '00UDn00000Ev0001AAA';

/** A UI API record of the Event (only the fields the component reads). */
function eventRecord(fields: Record<string, unknown>) {
    return {
        apiName: 'Event',
        id: EVENT_ID,
        fields: Object.fromEntries(Object.entries(fields).map(([k, value]) => [k, { value, displayValue: null }]))
    };
}

const SCHEDULED = eventRecord({
    StartDateTime: '2026-03-09T15:00:00.000Z',
    EndDateTime: '2026-03-09T15:45:00.000Z',
    Customer_Time_Zone__c: 'America/New_York',
    Customer_Start_Time__c: 'Mon, Mar 9, 2026, 11:00 AM EDT'
});

async function mount(record: unknown = SCHEDULED): Promise<{ element: HTMLElement; toasts: Toast[] }> {
    const element = createElement('c-zoom-customer-time', { is: ZoomCustomerTime }) as HTMLElement & {
        recordId: string;
    };
    element.recordId = EVENT_ID;
    const toasts: Toast[] = [];
    element.addEventListener('lightning__showtoast', (e) => toasts.push((e as CustomEvent<Toast>).detail));
    document.body.appendChild(element);
    if (record) wire.emit(record);
    await flush();
    return { element, toasts };
}

const q = <T = HTMLElement>(element: Element, selector: string) =>
    element.shadowRoot!.querySelector(selector) as T | null;
const text = (element: Element, id: string) => q(element, `[data-id="${id}"]`)?.textContent?.trim() ?? null;
const save = (element: Element) => q<HTMLElement & { disabled: boolean }>(element, 'lightning-button[data-id="save"]')!;
const local = (element: Element) => q<HTMLInputElement>(element, 'input[data-id="local"]')!;

async function pickZone(element: Element, value: string): Promise<void> {
    q(element, 'lightning-combobox[data-id="zone"]')!.dispatchEvent(new CustomEvent('change', { detail: { value } }));
    await flush();
}

async function typeLocal(element: Element, value: string): Promise<void> {
    const input = local(element);
    input.value = value;
    input.dispatchEvent(new CustomEvent('change'));
    await flush();
}

// axe (toBeAccessible) on a full panel can exceed Jest's 5 s default when the machine is busy.
jest.setTimeout(20_000);

describe('c-zoom-customer-time', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('shows a spinner until the Event loads', async () => {
        const { element } = await mount(null);
        expect(q(element, '[data-id="loading"] lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('reports a load failure in words', async () => {
        const { element } = await mount(null);
        wire.error({ message: 'You do not have access to this Event.' });
        await flush();
        expect(text(element, 'load-error')).toBe('You do not have access to this Event.');
        await expect(element).toBeAccessible();
    });

    it('shows the current start in the customer’s zone and the rep’s, with nothing to save', async () => {
        const { element } = await mount();
        const zone = q<HTMLElement & { value: string; options: Array<{ value: string }> }>(
            element,
            'lightning-combobox[data-id="zone"]'
        )!;
        expect(zone.value).toBe('America/New_York');
        expect(zone.options.some((o) => o.value === 'Europe/Berlin')).toBe(true);
        expect(local(element).value).toBe('2026-03-09T11:00');
        expect(text(element, 'current-start')).toBe('Now starts: Mon, Mar 9, 2026, 8:00 AM PDT');
        expect(text(element, 'customer-text')).toBe('Mon, Mar 9, 2026, 11:00 AM EDT');
        expect(text(element, 'rep-text')).toBe('Mon, Mar 9, 2026, 8:00 AM PDT');
        expect(q(element, '[data-id="dst-note"]')).toBeNull();
        expect(save(element).disabled).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('converts a time typed in the customer’s zone and saves start, end, zone and customer start', async () => {
        mockedUpdate.mockResolvedValue({});
        const { element, toasts } = await mount();

        await typeLocal(element, '2026-03-12T09:30');
        expect(text(element, 'customer-text')).toBe('Thu, Mar 12, 2026, 9:30 AM EDT');
        expect(text(element, 'rep-text')).toBe('Thu, Mar 12, 2026, 6:30 AM PDT');
        expect(save(element).disabled).toBe(false);

        save(element).click();
        await flush();

        expect(updateRecord).toHaveBeenCalledWith({
            fields: {
                Id: EVENT_ID,
                StartDateTime: '2026-03-12T13:30:00.000Z',
                EndDateTime: '2026-03-12T14:15:00.000Z',
                Customer_Time_Zone__c: 'America/New_York',
                Customer_Start_Time__c: 'Thu, Mar 12, 2026, 9:30 AM EDT'
            }
        });
        expect(toasts).toEqual([
            {
                title: 'Meeting time saved',
                message: 'Customer: Thu, Mar 12, 2026, 9:30 AM EDT. You: Thu, Mar 12, 2026, 6:30 AM PDT.',
                variant: 'success'
            }
        ]);
    });

    it('moves a time inside the spring-forward gap and says so (New York, 8 March 2026, 02:30)', async () => {
        mockedUpdate.mockResolvedValue({});
        const { element } = await mount();

        await typeLocal(element, '2026-03-08T02:30');

        expect(text(element, 'dst-note')).toBe(
            '2026-03-08 02:30 does not exist in America/New_York: the clocks move forward that night. ' +
                'The meeting will start at Sun, Mar 8, 2026, 3:30 AM EDT instead.'
        );
        expect(text(element, 'rep-text')).toBe('Sat, Mar 7, 2026, 11:30 PM PST');
        save(element).click();
        await flush();
        expect(mockedUpdate.mock.calls[0][0].fields).toEqual(
            expect.objectContaining({
                StartDateTime: '2026-03-08T07:30:00.000Z',
                EndDateTime: '2026-03-08T08:15:00.000Z',
                Customer_Start_Time__c: 'Sun, Mar 8, 2026, 3:30 AM EDT'
            })
        );
        await expect(element).toBeAccessible();
    });

    it('takes the first of the two fall-back times and says so (New York, 1 November 2026, 01:30)', async () => {
        mockedUpdate.mockResolvedValue({});
        const { element } = await mount();

        await typeLocal(element, '2026-11-01T01:30');

        expect(text(element, 'dst-note')).toBe(
            '2026-11-01 01:30 happens twice in America/New_York: the clocks move back that night. ' +
                'The first one is used: Sun, Nov 1, 2026, 1:30 AM EDT.'
        );
        save(element).click();
        await flush();
        expect(mockedUpdate.mock.calls[0][0].fields.StartDateTime).toBe('2026-11-01T05:30:00.000Z');
    });

    it('picks a zone for an Event that has none: the current start is shown there', async () => {
        const { element } = await mount(
            eventRecord({ StartDateTime: '2026-06-01T16:00:00.000Z', EndDateTime: '2026-06-01T17:00:00.000Z' })
        );
        expect(local(element).value).toBe('');
        expect(save(element).disabled).toBe(true);

        await pickZone(element, 'Asia/Kolkata');
        expect(local(element).value).toBe('2026-06-01T21:30');
        expect(text(element, 'customer-text')).toBe('Mon, Jun 1, 2026, 9:30 PM GMT+5:30');
        // Same instant, new zone: worth saving.
        expect(save(element).disabled).toBe(false);
    });

    it('keeps the typed time when the zone changes afterwards', async () => {
        const { element } = await mount();
        await typeLocal(element, '2026-03-12T09:30');
        await pickZone(element, 'Europe/Berlin');
        expect(local(element).value).toBe('2026-03-12T09:30');
        expect(text(element, 'customer-text')).toBe('Thu, Mar 12, 2026, 9:30 AM GMT+1');
    });

    it('saves only the start when the Event has no end', async () => {
        mockedUpdate.mockResolvedValue({});
        const { element } = await mount(
            eventRecord({ StartDateTime: '2026-03-09T15:00:00.000Z', Customer_Time_Zone__c: 'UTC' })
        );
        await typeLocal(element, '2026-03-09T16:00');
        save(element).click();
        await flush();
        expect(mockedUpdate.mock.calls[0][0].fields).not.toHaveProperty('EndDateTime');
    });

    it('shows a save failure inline and keeps what was typed', async () => {
        mockedUpdate.mockRejectedValue({ body: { message: 'You can’t edit this Event.' } });
        const { element, toasts } = await mount();
        await typeLocal(element, '2026-03-12T09:30');
        save(element).click();
        await flush();
        expect(text(element, 'save-error')).toBe('You can’t edit this Event.');
        expect(local(element).value).toBe('2026-03-12T09:30');
        expect(toasts).toEqual([]);
        expect(save(element).disabled).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('explains a stored zone the browser does not know, and an invalid time', async () => {
        const { element } = await mount(
            eventRecord({ StartDateTime: '2026-03-09T15:00:00.000Z', Customer_Time_Zone__c: 'Mars/Olympus_Mons' })
        );
        expect(text(element, 'zone-error')).toContain('“Mars/Olympus_Mons” is not a time zone');
        expect(save(element).disabled).toBe(true);

        await pickZone(element, 'Europe/Paris');
        // A browser without a datetime picker lets anything through as text.
        const input = local(element);
        Object.defineProperty(input, 'value', { value: '30/02/2026 10:00', configurable: true });
        input.dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(text(element, 'input-error')).toBe('Enter a valid date and time.');
        expect(save(element).disabled).toBe(true);
        await expect(element).toBeAccessible();
    });
});
