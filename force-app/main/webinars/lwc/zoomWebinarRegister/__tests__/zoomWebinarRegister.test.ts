import { createElement } from 'lwc';
import ZoomWebinarRegister from 'c/zoomWebinarRegister';
import getRegistrationOptions from '@salesforce/apex/WebinarRegistrationController.getRegistrationOptions';
import getQuestions from '@salesforce/apex/WebinarRegistrationController.getQuestions';
import register from '@salesforce/apex/WebinarRegistrationController.register';
import optionsFixture from 'fixtures/WebinarRegistrationController.getRegistrationOptions.json';
import noEmailFixture from 'fixtures/WebinarRegistrationController.getRegistrationOptions.noEmail.json';
import noneFixture from 'fixtures/WebinarRegistrationController.getRegistrationOptions.none.json';
import questionsFixture from 'fixtures/WebinarRegistrationController.getQuestions.json';
import noQuestionsFixture from 'fixtures/WebinarRegistrationController.getQuestions.none.json';
import registeredFixture from 'fixtures/WebinarRegistrationController.register.json';
import alreadyFixture from 'fixtures/WebinarRegistrationController.register.already.json';

jest.mock('@salesforce/apex/WebinarRegistrationController.getRegistrationOptions', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/WebinarRegistrationController.getQuestions', () => ({ default: jest.fn() }), {
    virtual: true
});
jest.mock('@salesforce/apex/WebinarRegistrationController.register', () => ({ default: jest.fn() }), {
    virtual: true
});

const optionsMock = getRegistrationOptions as unknown as jest.Mock;
const questionsMock = getQuestions as unknown as jest.Mock;
const registerMock = register as unknown as jest.Mock;

const CONTACT_ID = '003Dn00000Ct0001AAA';
const WEBINAR_ID = 'a0WDn00000Wb0001AAA';

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

jest.setTimeout(20000);

function mount(): HTMLElement {
    const element = createElement('c-zoom-webinar-register', { is: ZoomWebinarRegister }) as HTMLElement & {
        recordId?: string;
    };
    element.recordId = CONTACT_ID;
    document.body.appendChild(element);
    return element;
}

function q(element: HTMLElement, selector: string): HTMLElement | null {
    return element.shadowRoot!.querySelector<HTMLElement>(selector);
}

async function chooseWebinar(element: HTMLElement): Promise<void> {
    q(element, 'lightning-combobox[data-id="webinar"]')!.dispatchEvent(
        new CustomEvent('change', { detail: { value: WEBINAR_ID } })
    );
    await flush();
    await flush();
}

describe('c-zoom-webinar-register', () => {
    afterEach(() => {
        while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
        jest.clearAllMocks();
    });

    it('offers the upcoming webinars the person is not registered for', async () => {
        optionsMock.mockResolvedValue(optionsFixture);
        const element = mount();
        await flush();

        expect(optionsMock).toHaveBeenCalledWith({ personId: CONTACT_ID });
        const picker = q(element, 'lightning-combobox[data-id="webinar"]') as HTMLElement & {
            options: { value: string }[];
        };
        expect(picker.options.map((o) => o.value)).toEqual([WEBINAR_ID]);
        expect(q(element, '[data-id="already"]')!.textContent).toContain('Quarterly product update');
        expect(
            (q(element, 'lightning-button[data-id="register"]') as HTMLElement & { disabled: boolean }).disabled
        ).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('asks the webinar questions and sends the answers typed', async () => {
        optionsMock.mockResolvedValue(optionsFixture);
        questionsMock.mockResolvedValue(questionsFixture);
        registerMock.mockResolvedValue(registeredFixture);
        const element = mount();
        await flush();
        await chooseWebinar(element);

        expect(questionsMock).toHaveBeenCalledWith({ webinarId: WEBINAR_ID });
        expect(element.shadowRoot!.querySelectorAll('[data-key]').length).toBe(3);
        const city = q(element, 'lightning-input[data-key="city"]')!;
        city.dispatchEvent(new CustomEvent('change', { detail: { value: 'London' } }));
        const topics = q(element, 'lightning-checkbox-group[data-key="Topics of interest"]')!;
        topics.dispatchEvent(new CustomEvent('change', { detail: { value: ['Reports', 'Dashboards'] } }));
        await flush();
        await expect(element).toBeAccessible();

        q(element, 'lightning-button[data-id="register"]')!.click();
        await flush();
        await flush();

        expect(registerMock).toHaveBeenCalledWith({
            webinarId: WEBINAR_ID,
            personId: CONTACT_ID,
            answers: [
                { key: 'city', value: 'London' },
                { key: 'Topics of interest', value: 'Reports;Dashboards' }
            ]
        });
        const notice = q(element, 'c-zoom-notice') as HTMLElement & { notice: { variant: string; message: string } };
        expect(notice.notice.variant).toBe('success');
        expect(notice.notice.message).toBe(registeredFixture.message);
        expect(optionsMock).toHaveBeenCalledTimes(2);
        await expect(element).toBeAccessible();
    });

    it('asks for a required answer before anything is sent', async () => {
        optionsMock.mockResolvedValue(optionsFixture);
        questionsMock.mockResolvedValue(questionsFixture);
        const element = mount();
        await flush();
        await chooseWebinar(element);

        q(element, 'lightning-button[data-id="register"]')!.click();
        await flush();

        expect(registerMock).not.toHaveBeenCalled();
        const notice = q(element, 'c-zoom-notice') as HTMLElement & { notice: { variant: string; message: string } };
        expect(notice.notice.variant).toBe('warning');
        expect(notice.notice.message).toContain('City');
        await expect(element).toBeAccessible();
    });

    it('shows the sentence when the person is already registered', async () => {
        optionsMock.mockResolvedValue(optionsFixture);
        questionsMock.mockResolvedValue(noQuestionsFixture);
        registerMock.mockResolvedValue(alreadyFixture);
        const element = mount();
        await flush();
        await chooseWebinar(element);
        expect(q(element, '[data-id="questions"]')).toBeNull();

        q(element, 'lightning-button[data-id="register"]')!.click();
        await flush();
        await flush();

        const notice = q(element, 'c-zoom-notice') as HTMLElement & { notice: { variant: string; message: string } };
        expect(notice.notice.variant).toBe('warning');
        expect(notice.notice.message).toBe(alreadyFixture.message);
        await expect(element).toBeAccessible();
    });

    it('says that a person without email cannot be registered', async () => {
        optionsMock.mockResolvedValue(noEmailFixture);
        const element = mount();
        await flush();

        expect(q(element, '[data-id="no-email"]')!.textContent).toContain('Grace Hopper');
        expect(q(element, '[data-id="form"]')).toBeNull();
        await expect(element).toBeAccessible();
    });

    it('says when no webinar takes registrations', async () => {
        optionsMock.mockResolvedValue(noneFixture);
        const element = mount();
        await flush();

        expect(q(element, '[data-id="none"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });

    it('shows a failure inline', async () => {
        optionsMock.mockRejectedValue({ body: { message: 'This webinar no longer exists or you cannot see it.' } });
        const element = mount();
        await flush();

        expect(q(element, '[data-id="error"]')!.textContent).toContain('no longer exists');
        await expect(element).toBeAccessible();
    });

    it('shows a spinner while loading', async () => {
        optionsMock.mockReturnValue(new Promise(() => undefined));
        const element = mount();
        await flush();

        expect(q(element, '[data-id="loading"]')).not.toBeNull();
        await expect(element).toBeAccessible();
    });
});
