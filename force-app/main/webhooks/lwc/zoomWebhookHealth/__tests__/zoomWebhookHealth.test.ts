import { createElement } from 'lwc';
import ZoomWebhookHealth from 'c/zoomWebhookHealth';
import getWebhookHealth from '@salesforce/apex/ZoomSetupController.getWebhookHealth';
import replayWebhookEvents from '@salesforce/apex/ZoomSetupController.replayWebhookEvents';
import flowing from 'fixtures/ZoomSetupController.getWebhookHealth.json';
import noSite from 'fixtures/ZoomSetupController.getWebhookHealth.noSite.json';
import noSecret from 'fixtures/ZoomSetupController.getWebhookHealth.noSecret.json';
import waiting from 'fixtures/ZoomSetupController.getWebhookHealth.waiting.json';
import failing from 'fixtures/ZoomSetupController.getWebhookHealth.failing.json';
import blocked from 'fixtures/ZoomSetupController.getWebhookHealth.blocked.json';
import replayed from 'fixtures/ZoomSetupController.replayWebhookEvents.json';

jest.mock('@salesforce/apex/ZoomSetupController.getWebhookHealth', () => ({ default: jest.fn() }), { virtual: true });
jest.mock('@salesforce/apex/ZoomSetupController.replayWebhookEvents', () => ({ default: jest.fn() }), {
    virtual: true
});

const mocked = (fn: unknown) => fn as jest.Mock;
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type Toast = { title: string; message: string; variant: string };

async function mount(health: unknown): Promise<{ element: HTMLElement; toasts: Toast[] }> {
    mocked(getWebhookHealth).mockResolvedValue(health);
    const element = createElement('c-zoom-webhook-health', { is: ZoomWebhookHealth });
    const toasts: Toast[] = [];
    element.addEventListener('lightning__showtoast', (e) => toasts.push((e as CustomEvent<Toast>).detail));
    document.body.appendChild(element);
    await flush();
    return { element, toasts };
}

const q = <T = HTMLElement>(element: HTMLElement, selector: string) =>
    element.shadowRoot!.querySelector(selector) as T | null;
const text = (element: HTMLElement, id: string) => q(element, `[data-id="${id}"]`)?.textContent ?? null;
const state = (element: HTMLElement) => q(element, '[data-id="health-state"]')?.getAttribute('data-state');
const button = (element: HTMLElement, id: string) =>
    q<HTMLElement & { disabled: boolean }>(element, `lightning-button[data-id="${id}"]`)!;
const check = (element: HTMLElement, receiptId: string) => {
    const box = q<HTMLElement>(element, `lightning-input[data-receipt="${receiptId}"]`)!;
    box.dispatchEvent(new CustomEvent('change', { detail: { checked: true } }));
};

describe('c-zoom-webhook-health', () => {
    let clipboard: jest.Mock;

    beforeEach(() => {
        clipboard = jest.fn().mockResolvedValue(undefined);
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: clipboard }, configurable: true });
    });

    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('shows a spinner while health loads', async () => {
        mocked(getWebhookHealth).mockReturnValue(new Promise(() => undefined));
        const element = createElement('c-zoom-webhook-health', { is: ZoomWebhookHealth });
        document.body.appendChild(element);
        await flush();
        expect(q(element, '[data-id="health-busy"] lightning-spinner')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('without a site advertises no URL and gives the steps', async () => {
        const { element } = await mount(noSite);
        expect(state(element)).toBe('NoSite');
        expect(text(element, 'health-state')).toContain('No webhook site yet');
        expect(text(element, 'no-site-steps')).toContain('docs/webhook-setup.md');
        expect(element.shadowRoot!.textContent).not.toContain('https://');
        expect(text(element, 'last-event')).toBe('None yet');
        expect(text(element, 'today-none')).toBe('No event received today.');
        await expect(element).toBeAccessible();
    });

    it('with a site but no secret says every event would be refused', async () => {
        const { element } = await mount(noSecret);
        expect(state(element)).toBe('NoSecret');
        expect(text(element, 'health-state')).toContain('no secret token is stored');
        expect(q(element, '[data-id="no-site-steps"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('waits for the first event with a way to send one', async () => {
        const { element } = await mount(waiting);
        expect(state(element)).toBe('Waiting');
        expect(text(element, 'health-state')).toContain("Waiting for Zoom's first event");
        expect(text(element, 'health-state')).toContain('scripts/zoom-webhook.mjs');
        await expect(element).toBeAccessible();
    });

    it('says events are not applied when the subscriber is blocked, with the fix and what was logged', async () => {
        const { element } = await mount(blocked);
        expect(state(element)).toBe('Blocked');
        expect(q(element, '[data-id="health-state"]')!.className).toContain('slds-theme_error');
        const headline = text(element, 'health-state')!;
        expect(headline).toContain("Zoom's events reach Salesforce but are not applied");
        expect(headline).not.toContain("Waiting for Zoom's first event");
        expect(headline).toContain('scripts/webhook-subscriber.sh');
        expect(headline).toContain('docs/webhook-setup.md §3');
        expect(headline).toContain('2026');
        expect(text(element, 'blocked-log')).toContain('Logged: 1 Zoom webhook event(s) could not be applied.');
        expect(text(element, 'blocked-log')).toContain('(Automated Process)');
        await expect(element).toBeAccessible();
    });

    it('shows no logged error in any other state', async () => {
        const { element } = await mount({ ...waiting, blockedMessage: 'stale' });
        expect(q(element, '[data-id="blocked-log"]')).toBeNull();
    });

    it('shows the subscription to paste, with copy buttons', async () => {
        const { element, toasts } = await mount(flowing);
        const events = q<HTMLElement & { value: string }>(element, '[data-id="subscription-events"]')!;
        expect(events.value.split('\n')).toEqual(flowing.events);
        expect(events.value).toContain('user.presence_status_updated');
        const scopes = q<HTMLElement & { value: string }>(element, '[data-id="subscription-scopes"]')!;
        expect(scopes.value).toBe(flowing.scopes.join(' '));

        button(element, 'copy-events').click();
        await flush();
        expect(clipboard).toHaveBeenCalledWith(flowing.events.join('\n'));
        expect(toasts[0]).toMatchObject({ title: 'Event types copied', variant: 'success' });

        clipboard.mockRejectedValueOnce(new Error('denied'));
        button(element, 'copy-scopes').click();
        await flush();
        expect(toasts[1]).toMatchObject({ title: 'Copy this by hand', message: flowing.scopes.join(' ') });
    });

    it('says so when no handler is installed yet', async () => {
        const { element } = await mount({ ...waiting, events: [] });
        expect(text(element, 'no-events')).toContain('nothing to subscribe to');
        expect(q(element, '[data-id="copy-events"]')).toBeNull();
    });

    it('shows events flowing: last event and today per type', async () => {
        const { element } = await mount(flowing);
        expect(state(element)).toBe('Flowing');
        expect(text(element, 'health-state')).toContain('Events are arriving. The latest, meeting.ended');
        expect(text(element, 'last-event')).toContain('meeting.ended, received');
        const rows = element.shadowRoot!.querySelectorAll('[data-id="today"] tbody tr');
        expect(rows).toHaveLength(flowing.today.length);
        expect(rows[0].getAttribute('data-type')).toBe('user.presence_status_updated');
        expect(rows[0].querySelector('td')!.textContent).toBe('214');
        expect(q(element, '[data-id="today"] caption')!.textContent).toBe('Events today (362)');
        expect(text(element, 'retrying-count')).toBe('0');
        expect(q(element, '[data-id="failures"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('lists the failures with their reason and counts', async () => {
        const { element } = await mount(failing);
        expect(state(element)).toBe('Failing');
        expect(text(element, 'health-state')).toContain('3 events could not be applied');
        expect(text(element, 'retrying-count')).toBe('1');
        expect(text(element, 'failed-count')).toBe('2');
        const rows = element.shadowRoot!.querySelectorAll('[data-id="failures"] tbody tr');
        expect(rows).toHaveLength(3);
        expect(rows[1].textContent).toContain('recording.completed');
        expect(rows[1].textContent).toContain('Failed');
        expect(rows[1].textContent).toContain('5');
        expect(rows[1].textContent).toContain('cannot edit Zoom Recording');
        expect(button(element, 'replay-selected').disabled).toBe(true);
        expect(button(element, 'replay-all').disabled).toBe(false);
        await expect(element).toBeAccessible();
    });

    it('replays the selected failures, shows progress, then a toast with the count', async () => {
        const { element, toasts } = await mount(failing);
        let answer: (count: number) => void = () => undefined;
        mocked(replayWebhookEvents).mockReturnValue(new Promise<number>((resolve) => (answer = resolve)));
        check(element, failing.failures[1].id);
        check(element, failing.failures[2].id);
        await flush();
        expect(button(element, 'replay-selected').disabled).toBe(false);

        mocked(getWebhookHealth).mockResolvedValue(flowing);
        button(element, 'replay-selected').click();
        await flush();
        expect(replayWebhookEvents).toHaveBeenCalledWith({
            receiptIds: [failing.failures[1].id, failing.failures[2].id]
        });
        expect(q(element, '[data-id="health-busy"] lightning-spinner')).not.toBeNull();
        expect(button(element, 'replay-all').disabled).toBe(true);
        await expect(element).toBeAccessible();

        answer(replayed);
        await flush();
        await flush();
        expect(toasts).toEqual([
            {
                title: 'Events replayed',
                message: '2 events are on their way again; refresh in a minute to see them applied.',
                variant: 'success'
            }
        ]);
        expect(getWebhookHealth).toHaveBeenCalledTimes(2);
        expect(state(element)).toBe('Flowing');
        expect(q(element, '[data-id="health-busy"]')).toBeNull();
    });

    it('replays all failures with an empty selection and says when nothing could be replayed', async () => {
        const { element, toasts } = await mount(failing);
        mocked(replayWebhookEvents).mockResolvedValue(0);
        button(element, 'replay-all').click();
        await flush();
        await flush();
        expect(replayWebhookEvents).toHaveBeenCalledWith({ receiptIds: [] });
        expect(toasts[0]).toMatchObject({ title: 'Nothing replayed', variant: 'warning' });
    });

    it('reports a refused replay and a failed read', async () => {
        const { element, toasts } = await mount(failing);
        mocked(replayWebhookEvents).mockRejectedValue({ body: { message: 'Only Zoom admins can do this.' } });
        button(element, 'replay-all').click();
        await flush();
        await flush();
        expect(toasts[0]).toMatchObject({ title: 'Events not replayed', variant: 'error' });
        expect(toasts[0].message).toContain('Only Zoom admins');

        mocked(getWebhookHealth).mockRejectedValue({ body: { message: 'Insufficient access' } });
        button(element, 'refresh-health').click();
        await flush();
        expect(text(element, 'health-error')).toBe('Webhook health could not be read: Insufficient access');
        await expect(element).toBeAccessible();
    });

    it('reads again when the page asks (after a secret is saved)', async () => {
        const { element } = await mount(noSecret);
        mocked(getWebhookHealth).mockResolvedValue(waiting);
        await (element as HTMLElement & { refresh(): Promise<void> }).refresh();
        await flush();
        expect(state(element)).toBe('Waiting');
    });
});
