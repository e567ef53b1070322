import { createElement } from 'lwc';
import ZoomWebinarForm from 'c/zoomWebinarForm';
import { validateWebinar } from 'c/webinarRules';
import getWebinarForm from '@salesforce/apex/WebinarController.getWebinarForm';
import saveWebinar from '@salesforce/apex/WebinarController.saveWebinar';
import createForm from 'fixtures/WebinarController.getWebinarForm.json';
import editForm from 'fixtures/WebinarController.getWebinarForm.edit.json';
import notMappedForm from 'fixtures/WebinarController.getWebinarForm.notMapped.json';
import savedResult from 'fixtures/WebinarController.saveWebinar.json';
import invalidResult from 'fixtures/WebinarController.saveWebinar.invalid.json';
import { CLOSE_ACTION_SCREEN } from '../../../../../test/jest-mocks/lightning/actions';

jest.mock('@salesforce/apex/WebinarController.getWebinarForm', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/WebinarController.saveWebinar', () => ({ default: jest.fn() }), { virtual: true });

const formMock = getWebinarForm as unknown as jest.Mock;
const saveMock = saveWebinar as unknown as jest.Mock;

const CAMPAIGN_ID = '701Dn00000Cmp001AAA';
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// axe on a full form can exceed Jest's 5 s default when the machine is busy.
jest.setTimeout(20000);

interface Toast {
    title: string;
    message: string;
    variant: string;
}

async function mount(form: unknown = createForm): Promise<{ element: HTMLElement; toasts: Toast[]; closed: number[] }> {
    formMock.mockResolvedValue(form);
    const element = createElement('c-zoom-webinar-form', { is: ZoomWebinarForm }) as HTMLElement & {
        recordId?: string;
    };
    const toasts: Toast[] = [];
    const closed: number[] = [];
    element.addEventListener('lightning__showtoast', (e) => toasts.push((e as CustomEvent<Toast>).detail));
    element.addEventListener(CLOSE_ACTION_SCREEN, () => closed.push(1));
    element.recordId = CAMPAIGN_ID;
    document.body.appendChild(element);
    await flush();
    return { element, toasts, closed };
}

function q<T extends Element = HTMLElement>(element: Element, selector: string): T | null {
    return element.shadowRoot!.querySelector<T>(selector as any) as T | null;
}

function type(element: Element, field: string, value: string): void {
    const input = q(element, `[data-field="${field}"]`)!;
    input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

function check(element: Element, field: string, checked: boolean): void {
    q(element, `[data-field="${field}"]`)!.dispatchEvent(new CustomEvent('change', { detail: { checked } }));
}

async function clickSave(element: Element): Promise<void> {
    (q(element, '[data-id="save"]') as HTMLElement).click();
    await flush();
    await flush();
}

describe('c-zoom-webinar-form', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('loads the Campaign form with the suggested start in the chosen zone', async () => {
        const { element } = await mount();
        expect(formMock).toHaveBeenCalledWith({ recordId: CAMPAIGN_ID });
        expect(q(element, 'h2')!.textContent).toBe('Create Zoom Webinar');
        expect(q(element, '[data-id="campaign"]')!.textContent).toBe('Campaign: Spring launch');
        // 14:00 UTC is 16:00 in Berlin in April (CEST).
        expect((q(element, '[data-field="startDate"]') as any).value).toBe('2030-04-15');
        expect((q(element, '[data-field="startClock"]') as any).value).toBe('16:00');
        expect((q(element, '[data-field="approvalType"]') as any).options).toHaveLength(3);
        expect((q(element, '[data-id="save"]') as any).disabled).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('shows the rules inline before saving and does not call Apex', async () => {
        const { element } = await mount();
        type(element, 'topic', '  ');
        type(element, 'durationMinutes', '0');
        check(element, 'closeRegistration', true);
        type(element, 'approvalType', 'No_Registration');
        await flush();
        await clickSave(element);
        expect(saveMock).not.toHaveBeenCalled();
        expect(q(element, '[data-error="topic"]')!.textContent).toBe('Enter a topic.');
        expect(q(element, '[data-error="durationMinutes"]')!.textContent).toBe(
            'Enter a duration from 1 to 1,440 minutes.'
        );
        expect(q(element, '[data-error="closeRegistration"]')).not.toBeNull();
        await expect(element).toBeAccessible();
        type(element, 'topic', 'Spring product launch');
        await flush();
        expect(q(element, '[data-error="topic"]')).toBeNull();
        expect(q(element, '[data-error="durationMinutes"]')).not.toBeNull();
    });

    it('saves the start converted to UTC, toasts and closes the action', async () => {
        saveMock.mockResolvedValue(savedResult);
        const { element, toasts, closed } = await mount();
        type(element, 'topic', 'Spring product launch');
        type(element, 'passcode', 'Launch_1');
        await flush();
        await clickSave(element);
        expect(saveMock).toHaveBeenCalledTimes(1);
        const input = saveMock.mock.calls[0][0].input;
        expect(input).toMatchObject({
            webinarId: null,
            campaignId: CAMPAIGN_ID,
            topic: 'Spring product launch',
            startTime: '2030-04-15T14:00:00.000Z',
            durationMinutes: 60,
            timeZone: 'Europe/Berlin',
            approvalType: 'Automatic',
            passcode: 'Launch_1'
        });
        expect(toasts).toEqual([
            { title: 'Zoom webinar saved', message: 'The webinar was created in Zoom.', variant: 'success' }
        ]);
        expect(closed).toHaveLength(1);
    });

    it('shows the field errors Apex returns', async () => {
        saveMock.mockResolvedValue(invalidResult);
        const { element, closed } = await mount();
        await clickSave(element);
        expect(q(element, '[data-error="startTime"]')!.textContent).toBe('Choose a start at least 5 minutes from now.');
        expect(closed).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it('shows a refusal inline and keeps the form open', async () => {
        saveMock.mockRejectedValue({
            body: { message: 'Zoom is busy right now and nothing was changed. Try again in a minute.' }
        });
        const { element, closed } = await mount();
        await clickSave(element);
        const notice = q(element, 'c-zoom-notice[data-id="notice"]') as any;
        expect(notice.notice.message).toBe('Zoom is busy right now and nothing was changed. Try again in a minute.');
        expect(notice.notice.variant).toBe('error');
        expect(closed).toHaveLength(0);
        await expect(element).toBeAccessible();
    });

    it('explains a missing Zoom user and disables Save', async () => {
        const { element } = await mount(notMappedForm);
        const notice = q(element, 'c-zoom-notice[data-id="not-mapped"]') as any;
        expect(notice.notice.message).toContain('Zoom admin: zoom.admin@acme.example');
        expect((q(element, '[data-id="save"]') as any).disabled).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('edits a webinar without showing its passcode', async () => {
        const { element } = await mount(editForm);
        expect(q(element, 'h2')!.textContent).toBe('Edit Zoom Webinar');
        const passcode = q(element, '[data-field="passcode"]') as any;
        expect(passcode.value).toBe('');
        expect(passcode.placeholder).toBe('Leave empty to keep the current passcode');
        await expect(element).toBeAccessible();
    });

    it('shows a load failure as a notice', async () => {
        formMock.mockRejectedValue({ body: { message: 'This webinar no longer exists or you cannot see it.' } });
        const element = createElement('c-zoom-webinar-form', { is: ZoomWebinarForm }) as HTMLElement & {
            recordId?: string;
        };
        element.recordId = 'a0WDn00000Web001AAA';
        document.body.appendChild(element);
        await flush();
        const notice = q(element, 'c-zoom-notice[data-id="notice"]') as any;
        expect(notice.notice.message).toBe('This webinar no longer exists or you cannot see it.');
        expect(q(element, '[data-id="form"]')).toBeNull();
        await expect(element).toBeAccessible();
    });
});

describe('c/webinarRules', () => {
    const now = new Date('2030-01-10T12:00:00Z');
    const valid: Apex.WebinarInputDto = {
        webinarId: null,
        campaignId: CAMPAIGN_ID,
        topic: 'Quarterly update',
        agenda: null,
        startTime: '2030-01-11T12:00:00Z',
        durationMinutes: 60,
        timeZone: 'America/New_York',
        approvalType: 'Automatic',
        allowMultipleDevices: false,
        closeRegistration: true,
        hostVideo: true,
        panelistsVideo: true,
        practiceSession: false,
        passcode: 'a1@_-*'
    };
    const fields = (input: Apex.WebinarInputDto) => validateWebinar(input, now).map((e) => e.field);

    it('accepts a valid webinar', () => {
        expect(fields(valid)).toEqual([]);
    });

    it('applies the same rules as WebinarValidator', () => {
        expect(fields({ ...valid, topic: 'x'.repeat(201) })).toEqual(['topic']);
        expect(fields({ ...valid, agenda: 'y'.repeat(2001) })).toEqual(['agenda']);
        expect(fields({ ...valid, startTime: '2030-01-10T12:04:00Z' })).toEqual(['startTime']);
        expect(fields({ ...valid, startTime: '2030-01-10T12:05:00Z' })).toEqual([]);
        expect(fields({ ...valid, durationMinutes: 1441 })).toEqual(['durationMinutes']);
        expect(fields({ ...valid, durationMinutes: 1440 })).toEqual([]);
        expect(fields({ ...valid, timeZone: 'Mars/Olympus' })).toEqual(['timeZone']);
        expect(fields({ ...valid, approvalType: 'No_Registration' })).toEqual(['closeRegistration']);
        expect(fields({ ...valid, passcode: 'abcdefghijk' })).toEqual(['passcode']);
        expect(fields({ ...valid, passcode: 'semi;colon' })).toEqual(['passcode']);
        expect(fields({ ...valid, passcode: null })).toEqual([]);
    });
});
