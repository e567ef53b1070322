import { createElement } from 'lwc';
import ZoomSoftphone from 'c/zoomSoftphone';
import type { ScreenPopDetail } from 'c/zoomSoftphone';
import getConfig from '@salesforce/apex/SoftphoneController.getConfig';
import lookupNumber from '@salesforce/apex/SoftphoneController.lookupNumber';
import logCall from '@salesforce/apex/SoftphoneController.logCall';
import configFixture from 'fixtures/SoftphoneController.getConfig.json';
import notEnabledFixture from 'fixtures/SoftphoneController.getConfig.notEnabled.json';
import oneFixture from 'fixtures/SoftphoneController.lookupNumber.json';
import severalFixture from 'fixtures/SoftphoneController.lookupNumber.several.json';
import noneFixture from 'fixtures/SoftphoneController.lookupNumber.none.json';
import loggedFixture from 'fixtures/SoftphoneController.logCall.json';
import logRefusedFixture from 'fixtures/SoftphoneController.logCall.failed.json';

jest.mock('@salesforce/apex/SoftphoneController.getConfig', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/SoftphoneController.lookupNumber', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/SoftphoneController.logCall', () => ({ default: jest.fn() }), { virtual: true });

const configMock = getConfig as unknown as jest.Mock;
const lookupMock = lookupNumber as unknown as jest.Mock;
const logMock = logCall as unknown as jest.Mock;

const ORIGIN = configFixture.embedOrigin;
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Softphone = HTMLElement & { dial(phoneNumber: string): boolean };

jest.setTimeout(20_000);

function q<T extends Element = HTMLElement>(element: Element, selector: string): T | null {
    return element.shadowRoot!.querySelector<T>(selector as any) as T | null;
}

function text(element: Element): string {
    return element.shadowRoot!.textContent ?? '';
}

async function mount(config: unknown = configFixture): Promise<Softphone> {
    configMock.mockResolvedValue(config);
    const element = createElement('c-zoom-softphone', { is: ZoomSoftphone }) as Softphone;
    document.body.appendChild(element);
    await flush();
    return element;
}

/** The iframe, loaded, with its postMessage observed. */
function loadedFrame(element: Element): jest.SpyInstance {
    const frame = q<HTMLIFrameElement>(element, 'iframe')!;
    const spy = jest.spyOn(frame.contentWindow!, 'postMessage').mockImplementation(() => undefined);
    frame.dispatchEvent(new CustomEvent('load'));
    return spy;
}

const INBOUND = {
    callId: 'call-in-1',
    direction: 'inbound',
    caller: { phoneNumber: '+14155550123', name: 'Avery Buyer' },
    callee: { phoneNumber: '+14155550100', name: 'Dana Rep' }
};
const OUTBOUND = {
    callId: 'call-out-1',
    direction: 'outbound',
    caller: { phoneNumber: '+14155550100' },
    callee: { phoneNumber: '+14155550123' }
};

async function smartEmbed(type: string, data: unknown, origin = ORIGIN): Promise<void> {
    window.dispatchEvent(new MessageEvent('message', { origin, data: { type, data } }));
    await flush();
}

function screenPops(): ScreenPopDetail[] {
    const seen: ScreenPopDetail[] = [];
    // The host page listens on its container: the event must bubble out of the component.
    document.body.addEventListener('screenpop', (event) => seen.push((event as CustomEvent<ScreenPopDetail>).detail));
    return seen;
}

describe('c-zoom-softphone', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
        jest.restoreAllMocks();
    });

    it('shows a spinner while the settings load', async () => {
        configMock.mockReturnValue(new Promise(() => undefined));
        const element = createElement('c-zoom-softphone', { is: ZoomSoftphone });
        document.body.appendChild(element);
        await flush();
        expect(q(element, 'lightning-spinner')).not.toBeNull();
        expect(q(element, 'iframe')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says why when the user cannot use the softphone, and embeds nothing', async () => {
        const element = await mount(notEnabledFixture);
        const notice = q<HTMLElement & { notice: { message: string } }>(
            element,
            'c-zoom-notice[data-id="not-enabled"]'
        )!;
        expect(notice.notice.message).toBe(notEnabledFixture.message);
        expect(q(element, 'iframe')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says the settings failed to load', async () => {
        configMock.mockRejectedValue({ status: 500, body: { message: 'Zoom Setup is not complete.' } });
        const element = createElement('c-zoom-softphone', { is: ZoomSoftphone });
        document.body.appendChild(element);
        await flush();
        const notice = q<HTMLElement & { notice: { message: string } }>(
            element,
            'c-zoom-notice[data-id="config-error"]'
        )!;
        expect(notice.notice.message).toBe('Zoom Setup is not complete.');
        await expect(element).toBeAccessible();
    });

    it('embeds Smart Embed with a title and the microphone allowed, idle', async () => {
        const element = await mount();
        const frame = q<HTMLIFrameElement>(element, 'iframe')!;
        expect(frame.getAttribute('src')).toBe(configFixture.embedUrl);
        expect(frame.getAttribute('title')).toBe('Zoom Phone Smart Embed');
        expect(frame.getAttribute('allow')).toContain('microphone');
        expect(q(element, '[data-id="status"]')!.textContent).toBe('Ready for calls.');
        await expect(element).toBeAccessible();
    });

    it('dials through Smart Embed when the host page asks (click-to-dial), only to its origin', async () => {
        const element = await mount();
        const post = loadedFrame(element);
        expect(element.dial('+1 415 555 0123')).toBe(true);
        expect(post).toHaveBeenCalledWith(
            { type: 'zp-make-call', data: { number: '+1 415 555 0123', autoDial: true } },
            ORIGIN
        );
        await flush();
        expect(q(element, '[data-id="status"]')!.textContent).toBe('Calling +1 415 555 0123…');
        expect(q<HTMLElement & { disabled: boolean }>(element, 'lightning-button[data-id="dial"]')!.disabled).toBe(
            true
        );
        await expect(element).toBeAccessible();
    });

    it('holds a dial until the frame has loaded', async () => {
        const element = await mount();
        const frame = q<HTMLIFrameElement>(element, 'iframe')!;
        const post = jest.spyOn(frame.contentWindow!, 'postMessage').mockImplementation(() => undefined);
        element.dial('4155550123');
        expect(post).not.toHaveBeenCalled();
        frame.dispatchEvent(new CustomEvent('load'));
        expect(post).toHaveBeenCalledWith(
            { type: 'zp-make-call', data: { number: '4155550123', autoDial: true } },
            ORIGIN
        );
    });

    it('holds a click-to-dial made while the settings load, and dials once Smart Embed is there', async () => {
        let answer: (value: unknown) => void = () => undefined;
        configMock.mockReturnValue(new Promise((resolve) => (answer = resolve)));
        const element = createElement('c-zoom-softphone', { is: ZoomSoftphone }) as Softphone;
        document.body.appendChild(element);
        expect(element.dial('+14155550123')).toBe(true);
        answer(configFixture);
        await flush();
        const post = loadedFrame(element);
        expect(post).toHaveBeenCalledWith(
            { type: 'zp-make-call', data: { number: '+14155550123', autoDial: true } },
            ORIGIN
        );
    });

    it('drops a click-to-dial made while loading when the softphone turns out not available', async () => {
        let answer: (value: unknown) => void = () => undefined;
        configMock.mockReturnValue(new Promise((resolve) => (answer = resolve)));
        const element = createElement('c-zoom-softphone', { is: ZoomSoftphone }) as Softphone;
        document.body.appendChild(element);
        element.dial('+14155550123');
        answer(notEnabledFixture);
        await flush();
        expect(q(element, 'iframe')).toBeNull();
        expect(text(element)).not.toContain('Calling');
    });

    it('dials the number typed in the box', async () => {
        const element = await mount();
        const post = loadedFrame(element);
        const input = q(element, 'lightning-input')!;
        input.dispatchEvent(new CustomEvent('change', { detail: { value: '+442079460000' } }));
        q(element, 'form')!.dispatchEvent(new CustomEvent('submit', { cancelable: true }));
        expect(post).toHaveBeenCalledWith(
            { type: 'zp-make-call', data: { number: '+442079460000', autoDial: true } },
            ORIGIN
        );
    });

    it('refuses to dial nothing, with a message', async () => {
        const element = await mount();
        const post = loadedFrame(element);
        expect(element.dial('  ')).toBe(false);
        await flush();
        expect(post).not.toHaveBeenCalled();
        const notice = q<HTMLElement & { notice: { message: string } }>(element, 'c-zoom-notice[data-id="notice"]')!;
        expect(notice.notice.message).toBe('Enter a phone number to call.');
    });

    it('does not dial when the softphone is not available', async () => {
        const element = await mount(notEnabledFixture);
        expect(element.dial('+14155550123')).toBe(false);
    });

    it('pops the one record a ringing caller belongs to', async () => {
        lookupMock.mockResolvedValue(oneFixture);
        const element = await mount();
        const pops = screenPops();
        const incoming: unknown[] = [];
        document.body.addEventListener('incomingcall', (event) => incoming.push((event as CustomEvent).detail));
        await smartEmbed('zp-call-ringing-event', INBOUND);
        await flush();
        expect(incoming).toEqual([{ phoneNumber: '+14155550123' }]);
        expect(lookupMock).toHaveBeenCalledWith({ phoneNumber: '+14155550123' });
        expect(q(element, '[data-id="status"]')!.textContent).toBe('Incoming call from Avery Buyer');
        expect(pops).toEqual([{ recordId: '003Dn00000Ct0001AAA' }]);
        expect(q(element, '[data-id="opened"]')!.textContent).toBe('Opened Avery Buyer.');
        await expect(element).toBeAccessible();
    });

    it('lets the rep choose among several records', async () => {
        lookupMock.mockResolvedValue(severalFixture);
        const element = await mount();
        const pops = screenPops();
        await smartEmbed('zp-call-ringing-event', INBOUND);
        await flush();
        expect(pops).toEqual([]);
        expect(q(element, '[data-id="choose"]')).not.toBeNull();
        const buttons = element.shadowRoot!.querySelectorAll<HTMLElement & { label: string }>(
            'ul[data-id="matches"] lightning-button'
        );
        expect([...buttons].map((b) => b.label)).toEqual(['Open Jordan Lee', 'Open Jordan Lee', 'Open Globex']);
        expect(text(element)).toContain('Lead · Globex Labs · Phone');
        await expect(element).toBeAccessible();
        buttons[1].click();
        await flush();
        expect(pops).toEqual([{ recordId: '00QDn00000Ld0002AAA' }]);
    });

    it('offers a new Lead with the number when nobody has it', async () => {
        lookupMock.mockResolvedValue(noneFixture);
        const element = await mount();
        const pops = screenPops();
        await smartEmbed('zp-call-ringing-event', { ...INBOUND, caller: { phoneNumber: '(415) 555-0199' } });
        await flush();
        expect(q(element, '[data-id="unknown"]')!.textContent).toBe('No Contact, Lead or Account has this number.');
        await expect(element).toBeAccessible();
        q(element, 'lightning-button[data-id="new-lead"]')!.click();
        expect(pops).toEqual([{ objectApiName: 'Lead', defaultFieldValues: { Phone: '+14155550199' } }]);
    });

    it('says when the caller could not be looked up', async () => {
        lookupMock.mockRejectedValue({ status: 500, body: { message: 'Search is unavailable.' } });
        const element = await mount();
        await smartEmbed('zp-call-ringing-event', INBOUND);
        await flush();
        const notice = q<HTMLElement & { notice: { message: string } }>(
            element,
            'c-zoom-notice[data-id="lookup-error"]'
        )!;
        expect(notice.notice.message).toBe('Search is unavailable.');
        await expect(element).toBeAccessible();
    });

    it('shows the connected call, then logs it at once when it ends', async () => {
        lookupMock.mockResolvedValue(oneFixture);
        logMock.mockResolvedValue(loggedFixture);
        const element = await mount();
        await smartEmbed('zp-call-ringing-event', INBOUND);
        await smartEmbed('zp-call-connected-event', INBOUND);
        expect(q(element, '[data-id="status"]')!.textContent).toBe('On a call with Avery Buyer');
        await expect(element).toBeAccessible();
        await smartEmbed('zp-call-ended-event', { ...INBOUND, result: 'answered' });
        await flush();
        expect(logMock).toHaveBeenCalledTimes(1);
        const call = logMock.mock.calls[0][0].call;
        expect(call).toMatchObject({
            callId: 'call-in-1',
            direction: 'inbound',
            peerNumber: '+14155550123',
            peerName: 'Avery Buyer',
            result: 'answered'
        });
        expect(Date.parse(call.ringStart)).not.toBeNaN();
        expect(Date.parse(call.answerStart)).not.toBeNaN();
        expect(Date.parse(call.endTime)).not.toBeNaN();
        const notice = q<HTMLElement & { notice: { title: string; message: string; variant: string } }>(
            element,
            'c-zoom-notice[data-id="notice"]'
        )!;
        expect(notice.notice).toEqual({ title: 'Call logged', message: 'Logged to Avery Buyer.', variant: 'success' });
        expect(q(element, '[data-id="status"]')!.textContent).toBe('Call with Avery Buyer ended.');
        await expect(element).toBeAccessible();
    });

    it('shows a spinner while the call is logged', async () => {
        logMock.mockReturnValue(new Promise(() => undefined));
        const element = await mount();
        await smartEmbed('zp-call-ended-event', OUTBOUND);
        expect(q(element, '[data-id="logging"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('does not look up an outbound call, and logs it once even if the end repeats', async () => {
        logMock.mockResolvedValue(loggedFixture);
        const element = await mount();
        await smartEmbed('zp-call-ringing-event', OUTBOUND);
        expect(q(element, '[data-id="status"]')!.textContent).toBe('Calling +14155550123…');
        await smartEmbed('zp-call-ended-event', OUTBOUND);
        await smartEmbed('zp-call-ended-event', OUTBOUND);
        expect(lookupMock).not.toHaveBeenCalled();
        expect(logMock).toHaveBeenCalledTimes(1);
    });

    it('says why a call was not logged (the server refused)', async () => {
        logMock.mockResolvedValue(logRefusedFixture);
        const element = await mount();
        await smartEmbed('zp-call-ended-event', OUTBOUND);
        await flush();
        const notice = q<HTMLElement & { notice: { title: string; message: string } }>(
            element,
            'c-zoom-notice[data-id="notice"]'
        )!;
        expect(notice.notice).toMatchObject({ title: 'Call not logged', message: logRefusedFixture.message });
        await expect(element).toBeAccessible();
    });

    it('says why a call was not logged (the call failed)', async () => {
        logMock.mockRejectedValue({ status: 500, body: { message: 'Insufficient access.' } });
        const element = await mount();
        await smartEmbed('zp-call-ended-event', OUTBOUND);
        await flush();
        const notice = q<HTMLElement & { notice: { variant: string; message: string } }>(
            element,
            'c-zoom-notice[data-id="notice"]'
        )!;
        expect(notice.notice).toMatchObject({ variant: 'error', message: 'Insufficient access.' });
    });

    it('ignores messages of any other origin', async () => {
        const element = await mount();
        await smartEmbed('zp-call-ringing-event', INBOUND, 'https://evil.example');
        expect(lookupMock).not.toHaveBeenCalled();
        expect(q(element, '[data-id="status"]')!.textContent).toBe('Ready for calls.');
    });

    it('reports a malformed Smart Embed message and ignores unknown types', async () => {
        const element = await mount();
        await smartEmbed('zp-sms-log-event', {});
        expect(q<HTMLElement & { notice: unknown }>(element, 'c-zoom-notice[data-id="notice"]')!.notice).toBeNull();
        await smartEmbed('zp-call-ringing-event', { direction: 'inbound' });
        const notice = q<HTMLElement & { notice: { message: string } }>(element, 'c-zoom-notice[data-id="notice"]')!;
        expect(notice.notice.message).toBe('Message zp-call-ringing-event: callId is missing.');
        expect(lookupMock).not.toHaveBeenCalled();
    });

    it('stops listening when removed', async () => {
        const element = await mount();
        document.body.removeChild(element);
        await smartEmbed('zp-call-ringing-event', INBOUND);
        expect(lookupMock).not.toHaveBeenCalled();
    });
});
