import { createElement } from 'lwc';
import ZoomWebinarRegisterCampaign from 'c/zoomWebinarRegisterCampaign';
import getCampaignWebinars from '@salesforce/apex/WebinarRegistrationController.getCampaignWebinars';
import getBatchProgress from '@salesforce/apex/WebinarRegistrationController.getBatchProgress';
import registerCampaignMembers from '@salesforce/apex/WebinarRegistrationController.registerCampaignMembers';
import webinarsFixture from 'fixtures/WebinarRegistrationController.getCampaignWebinars.json';
import noWebinarsFixture from 'fixtures/WebinarRegistrationController.getCampaignWebinars.none.json';
import idleFixture from 'fixtures/WebinarRegistrationController.getBatchProgress.json';
import runningFixture from 'fixtures/WebinarRegistrationController.getBatchProgress.running.json';
import doneFixture from 'fixtures/WebinarRegistrationController.getBatchProgress.done.json';
import failedFixture from 'fixtures/WebinarRegistrationController.getBatchProgress.failed.json';
import queuedFixture from 'fixtures/WebinarRegistrationController.registerCampaignMembers.json';

jest.mock('@salesforce/apex/WebinarRegistrationController.getCampaignWebinars', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/WebinarRegistrationController.getBatchProgress', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/WebinarRegistrationController.registerCampaignMembers', () => ({ default: jest.fn() }), {
    virtual: true
});

const webinarsMock = getCampaignWebinars as unknown as jest.Mock;
const progressMock = getBatchProgress as unknown as jest.Mock;
const startMock = registerCampaignMembers as unknown as jest.Mock;

const CAMPAIGN_ID = '701Dn00000Cp0001AAA';
const WEBINAR_ID = 'a0WDn00000Wb0001AAA';

jest.setTimeout(20000);

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function mount(): HTMLElement {
    const element = createElement('c-zoom-webinar-register-campaign', {
        is: ZoomWebinarRegisterCampaign
    }) as HTMLElement & { recordId?: string };
    element.recordId = CAMPAIGN_ID;
    document.body.appendChild(element);
    return element;
}

function q(element: HTMLElement, selector: string): HTMLElement | null {
    return element.shadowRoot!.querySelector<HTMLElement>(selector);
}

async function choose(element: HTMLElement): Promise<void> {
    q(element, 'lightning-combobox[data-id="webinar"]')!.dispatchEvent(
        new CustomEvent('change', { detail: { value: WEBINAR_ID } })
    );
    await flush();
    await flush();
}

describe('c-zoom-webinar-register-campaign', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
        jest.useRealTimers();
    });

    it('offers the Campaign webinars and shows an idle run', async () => {
        webinarsMock.mockResolvedValue(webinarsFixture);
        progressMock.mockResolvedValue(idleFixture);
        const element = mount();
        await flush();
        expect(webinarsMock).toHaveBeenCalledWith({ campaignId: CAMPAIGN_ID });
        await choose(element);

        expect(progressMock).toHaveBeenCalledWith({ webinarId: WEBINAR_ID });
        expect(q(element, '[data-id="progress"]')).toBeNull();
        expect((q(element, 'lightning-button[data-id="start"]') as HTMLElement & { disabled: boolean }).disabled).toBe(
            false
        );
        await expect(element).toBeAccessible();
    });

    it('starts the run and polls until it is done', async () => {
        webinarsMock.mockResolvedValue(webinarsFixture);
        progressMock.mockResolvedValueOnce(idleFixture);
        startMock.mockResolvedValue(queuedFixture);
        const element = mount();
        await flush();
        await choose(element);
        jest.useFakeTimers();

        q(element, 'lightning-button[data-id="start"]')!.click();
        await Promise.resolve();
        await Promise.resolve();
        await Promise.resolve();
        expect(startMock).toHaveBeenCalledWith({ webinarId: WEBINAR_ID });
        expect(q(element, '[data-id="progress"]')).not.toBeNull();

        progressMock.mockResolvedValueOnce(runningFixture);
        jest.advanceTimersByTime(3000);
        await Promise.resolve();
        await Promise.resolve();
        await Promise.resolve();
        expect(q(element, '[data-id="counts"]')!.textContent).toContain('2,990');

        progressMock.mockResolvedValueOnce(doneFixture);
        jest.advanceTimersByTime(3000);
        await Promise.resolve();
        await Promise.resolve();
        await Promise.resolve();
        jest.useRealTimers();
        await flush();

        const notice = q(element, 'c-zoom-notice') as HTMLElement & { notice: { variant: string } };
        expect(notice.notice.variant).toBe('success');
        expect(progressMock).toHaveBeenCalledTimes(3);
        await expect(element).toBeAccessible();
    });

    it('shows a failed run as an error notice', async () => {
        webinarsMock.mockResolvedValue(webinarsFixture);
        progressMock.mockResolvedValueOnce(idleFixture);
        startMock.mockResolvedValue(failedFixture);
        const element = mount();
        await flush();
        await choose(element);

        q(element, 'lightning-button[data-id="start"]')!.click();
        await flush();
        await flush();

        const notice = q(element, 'c-zoom-notice') as HTMLElement & { notice: { variant: string; message: string } };
        expect(notice.notice.variant).toBe('error');
        expect(notice.notice.message).toBe(failedFixture.message);
        await expect(element).toBeAccessible();
    });

    it('shows the refusal of a second rep', async () => {
        webinarsMock.mockResolvedValue(webinarsFixture);
        progressMock.mockResolvedValue(idleFixture);
        startMock.mockRejectedValue({
            body: { message: "Only the webinar's owner, its host or a Zoom admin can do this." }
        });
        const element = mount();
        await flush();
        await choose(element);

        q(element, 'lightning-button[data-id="start"]')!.click();
        await flush();
        await flush();

        const notice = q(element, 'c-zoom-notice') as HTMLElement & { notice: { variant: string; message: string } };
        expect(notice.notice.variant).toBe('error');
        expect(notice.notice.message).toContain('Only the webinar');
        await expect(element).toBeAccessible();
    });

    it('says when the Campaign has no upcoming webinar', async () => {
        webinarsMock.mockResolvedValue(noWebinarsFixture);
        const element = mount();
        await flush();

        expect(q(element, '[data-id="none"]')).not.toBeNull();
        expect(q(element, 'lightning-button[data-id="start"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows a failure to load inline', async () => {
        webinarsMock.mockRejectedValue({ body: { message: 'Something went wrong.' } });
        const element = mount();
        await flush();

        expect(q(element, '[data-id="error"]')!.textContent).toContain('Something went wrong');
        await expect(element).toBeAccessible();
    });
});
