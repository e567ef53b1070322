import { createElement } from 'lwc';
import ZoomWebinarRegistrants from 'c/zoomWebinarRegistrants';
import getRegistrants from '@salesforce/apex/WebinarPanelController.getRegistrants';
import setRegistrantStatus from '@salesforce/apex/WebinarRegistrationController.setRegistrantStatus';
import pageJson from 'fixtures/WebinarPanelController.getRegistrants.json';
import emptyJson from 'fixtures/WebinarPanelController.getRegistrants.empty.json';
import approvedJson from 'fixtures/WebinarRegistrationController.setRegistrantStatus.panel.json';
import refusedJson from 'fixtures/WebinarRegistrationController.setRegistrantStatus.panelRefused.json';
import type { Notice } from 'c/zoomNotice';

const page = pageJson as Apex.WebinarRegistrantPageDto;
const empty = emptyJson as Apex.WebinarRegistrantPageDto;
const approved = approvedJson as Apex.WebinarActionResultDto;
const refused = refusedJson as Apex.WebinarActionResultDto;

jest.mock('@salesforce/apex/WebinarPanelController.getRegistrants', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/WebinarRegistrationController.setRegistrantStatus', () => ({ default: jest.fn() }), {
    virtual: true
});

const mocked = (fn: unknown) => fn as jest.Mock;
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
type Table = HTMLElement & { webinarId?: string; canManage?: boolean; totals?: Apex.WebinarStatusCountDto[] };

const WEBINAR = 'a0W5g00000Wb0001AA';
const TOTALS: Apex.WebinarStatusCountDto[] = [
    { status: 'Pending', label: 'Pending', count: 2 },
    { status: 'Approved', label: 'Approved', count: 3 },
    { status: 'Denied', label: 'Denied', count: 1 },
    { status: 'Cancelled', label: 'Cancelled', count: 0 }
];

function q<T extends Element = HTMLElement>(element: Element, selector: string): T | null {
    return element.shadowRoot!.querySelector<T>(selector as any) as T | null;
}
function rowIds(element: Element): string[] {
    return [...element.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr[data-row]')].map((r) => r.dataset.row!);
}
function button(element: Element, id: string): HTMLElement & { disabled: boolean } {
    return q(element, `lightning-button[data-id="${id}"]`) as HTMLElement & { disabled: boolean };
}
function notice(element: Element): Notice | null {
    return (q(element, 'c-zoom-notice') as (HTMLElement & { notice: Notice | null }) | null)?.notice ?? null;
}

async function mount(canManage = true): Promise<Table> {
    const element = createElement('c-zoom-webinar-registrants', { is: ZoomWebinarRegistrants }) as Table;
    element.webinarId = WEBINAR;
    element.canManage = canManage;
    element.totals = TOTALS;
    document.body.appendChild(element);
    await flush();
    await flush();
    return element;
}

/** `count` generated registrants answered 2,000 per call like the server. */
function serve(count: number): void {
    const all: Apex.WebinarRegistrantDto[] = Array.from({ length: count }, (_, i) => ({
        ...page.rows[i % page.rows.length],
        id: `a0R${String(i + 1).padStart(15, '0')}`,
        lastName: `Person ${i + 1}`
    }));
    mocked(getRegistrants).mockImplementation(({ afterId }: { afterId: string | null }) => {
        const from = afterId ? all.findIndex((r) => r.id > afterId) : 0;
        const rows = all.slice(from, from + 2000);
        return Promise.resolve({
            rows,
            nextAfterId: from + 2000 < all.length ? rows[rows.length - 1].id : null,
            total: count
        });
    });
}

jest.setTimeout(20_000);

describe('c-zoom-webinar-registrants', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('shows a spinner while loading', () => {
        mocked(getRegistrants).mockReturnValue(new Promise(() => undefined));
        const element = createElement('c-zoom-webinar-registrants', { is: ZoomWebinarRegistrants }) as Table;
        element.webinarId = WEBINAR;
        document.body.appendChild(element);
        expect(q(element, '[data-id="registrants-loading"] lightning-spinner')).not.toBeNull();
    });

    it('lists the registrants with their statuses and is accessible', async () => {
        mocked(getRegistrants).mockResolvedValue(page);
        const element = await mount();
        expect(getRegistrants).toHaveBeenCalledWith({ webinarId: WEBINAR, afterId: null });
        expect(rowIds(element)).toEqual(page.rows.map((r) => r.id));
        expect(q(element, '[data-id="shown"]')!.textContent).toContain('6');
        await expect(element).toBeAccessible();
    });

    it('loads every page up to 10,000 and pages 50 rows at a time', async () => {
        serve(10_500);
        const element = await mount();
        // Five calls follow each other; each settles in a tick.
        await Array.from({ length: 8 }).reduce<Promise<void>>((chain) => chain.then(flush), Promise.resolve());
        expect(getRegistrants).toHaveBeenCalledTimes(5);
        expect(rowIds(element)).toHaveLength(50);
        expect(q(element, '[data-id="truncated"]')).not.toBeNull();
        expect(q(element, '[data-id="page"]')!.textContent).toContain('200');
        button(element, 'next').click();
        await flush();
        expect(rowIds(element)[0]).toBe(`a0R${String(51).padStart(15, '0')}`);
        expect(button(element, 'previous').disabled).toBe(false);
    });

    it('filters by status and by text, back to the first page', async () => {
        mocked(getRegistrants).mockResolvedValue(page);
        const element = await mount();
        const combo = q(element, 'lightning-combobox[data-id="status-filter"]')!;
        combo.dispatchEvent(new CustomEvent('change', { detail: { value: 'Pending' } }));
        await flush();
        expect(rowIds(element)).toEqual(page.rows.filter((r) => r.status === 'Pending').map((r) => r.id));
        combo.dispatchEvent(new CustomEvent('change', { detail: { value: '' } }));
        const input = q<HTMLInputElement>(element, 'lightning-input[data-id="text-filter"]')!;
        input.value = 'lovelace';
        input.dispatchEvent(new CustomEvent('change'));
        await flush();
        // The linked person's name is searched too.
        expect(rowIds(element)).toEqual(
            page.rows.filter((r) => `${r.lastName} ${r.personName}`.includes('Lovelace')).map((r) => r.id)
        );
    });

    it('approves the selected rows, shows the notice and reloads', async () => {
        mocked(getRegistrants).mockResolvedValue(page);
        mocked(setRegistrantStatus).mockResolvedValue(approved);
        const element = await mount();
        const changed = jest.fn();
        element.addEventListener('changed', changed);
        expect(button(element, 'approve').disabled).toBe(true);
        const boxes = element.shadowRoot!.querySelectorAll<HTMLInputElement>('tbody input[type="checkbox"]');
        boxes[2].checked = true;
        boxes[2].dispatchEvent(new CustomEvent('change'));
        boxes[3].checked = true;
        boxes[3].dispatchEvent(new CustomEvent('change'));
        await flush();
        expect(button(element, 'approve').disabled).toBe(false);
        button(element, 'approve').click();
        await flush();
        await flush();
        expect(setRegistrantStatus).toHaveBeenCalledWith({
            webinarId: WEBINAR,
            registrantIds: [page.rows[2].id, page.rows[3].id],
            action: 'approve'
        });
        expect(notice(element)).toMatchObject({ message: approved.message, variant: 'success' });
        expect(changed).toHaveBeenCalled();
        expect(getRegistrants).toHaveBeenCalledTimes(2);
        await expect(element).toBeAccessible();
    });

    it('shows the server sentence when a deny is refused', async () => {
        mocked(getRegistrants).mockResolvedValue(page);
        mocked(setRegistrantStatus).mockResolvedValue(refused);
        const element = await mount();
        const box = element.shadowRoot!.querySelector<HTMLInputElement>('tbody input[type="checkbox"]')!;
        box.checked = true;
        box.dispatchEvent(new CustomEvent('change'));
        await flush();
        button(element, 'deny').click();
        await flush();
        await flush();
        expect(setRegistrantStatus).toHaveBeenCalledWith(expect.objectContaining({ action: 'deny' }));
        expect(notice(element)).toMatchObject({ message: refused.message, variant: 'warning' });
    });

    it('offers no approve or deny to a reader who may not manage', async () => {
        mocked(getRegistrants).mockResolvedValue(page);
        const element = await mount(false);
        expect(q(element, '[data-id="manage-actions"]')).toBeNull();
        expect(element.shadowRoot!.querySelectorAll('tbody input[type="checkbox"]')).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it('says when there are no registrants', async () => {
        mocked(getRegistrants).mockResolvedValue(empty);
        const element = await mount();
        expect(q(element, '[data-id="registrants-empty"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows the error sentence when loading fails', async () => {
        mocked(getRegistrants).mockRejectedValue({ body: { message: 'You do not have access to this Zoom webinar.' } });
        const element = await mount();
        expect(q(element, '[data-id="registrants-error"]')!.textContent).toContain('You do not have access');
        await expect(element).toBeAccessible();
    });
});
