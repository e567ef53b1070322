import { LightningElement, api } from 'lwc';
import { CloseActionScreenEvent } from 'lightning/actions';
import getRegistrationOptions from '@salesforce/apex/WebinarRegistrationController.getRegistrationOptions';
import getQuestions from '@salesforce/apex/WebinarRegistrationController.getQuestions';
import register from '@salesforce/apex/WebinarRegistrationController.register';
import { errorMessage } from 'c/zoomErrors';
import type { Notice } from 'c/zoomNotice';
import { formatDateTime, formatLabel } from 'c/i18n';
import TITLE from '@salesforce/label/c.Webinar_RegTitle';
import LOADING from '@salesforce/label/c.Webinar_RegLoading';
import WEBINAR from '@salesforce/label/c.Webinar_RegWebinar';
import CHOOSE from '@salesforce/label/c.Webinar_RegChoose';
import NONE from '@salesforce/label/c.Webinar_RegNone';
import NO_EMAIL from '@salesforce/label/c.Webinar_RegNoEmail';
import ALREADY from '@salesforce/label/c.Webinar_RegAlreadyOption';
import QUESTIONS from '@salesforce/label/c.Webinar_RegQuestions';
import LOADING_QUESTIONS from '@salesforce/label/c.Webinar_RegLoadingQuestions';
import SENT from '@salesforce/label/c.Webinar_RegSent';
import REGISTER from '@salesforce/label/c.Webinar_RegRegister';
import REGISTERING from '@salesforce/label/c.Webinar_RegRegistering';
import REGISTERED_TITLE from '@salesforce/label/c.Webinar_RegRegisteredTitle';
import NOT_REGISTERED_TITLE from '@salesforce/label/c.Webinar_RegNotRegisteredTitle';
import CLOSE from '@salesforce/label/c.Webinar_RegClose';
import MISSING_ANSWER from '@salesforce/label/c.Webinar_RegisterMissingAnswer';

/** Labels the template reads. */
const LABELS = {
    title: TITLE,
    loading: LOADING,
    webinar: WEBINAR,
    choose: CHOOSE,
    none: NONE,
    questions: QUESTIONS,
    loadingQuestions: LOADING_QUESTIONS,
    sent: SENT,
    register: REGISTER,
    registering: REGISTERING,
    close: CLOSE
};

/** One question as the template shows it. */
interface QuestionView extends Apex.RegistrationQuestionDto {
    isShort: boolean;
    isSingle: boolean;
    isMultiple: boolean;
    options: { label: string; value: string }[];
    value: string | string[];
}

/**
 * Register for Zoom Webinar: a screen quick action on Contact and Lead. Lists the upcoming webinars that take
 * registrations (those the person is already registered for cannot be chosen), reads the chosen webinar's
 * registration questions from Zoom, and on Register sends the person's first name, last name and email with the
 * answers typed. The outcome is an inline notice; nothing is sent before the click.
 */
export default class ZoomWebinarRegister extends LightningElement {
    readonly labels = LABELS;

    /** The Contact or Lead. */
    @api
    get recordId(): string | undefined {
        return this._recordId;
    }
    set recordId(value: string | undefined) {
        this._recordId = value;
        // load() reports its own failures inline; nothing is left to catch.
        if (value) this.load(value).catch(() => undefined);
    }
    private _recordId?: string;

    options: Apex.RegistrationOptionsDto | null = null;
    questions: QuestionView[] = [];
    webinarId = '';
    errorText = '';
    notice: Notice | null = null;
    isLoading = false;
    isLoadingQuestions = false;
    isRegistering = false;

    get hasOptions(): boolean {
        return !this.isLoading && !!this.options;
    }

    get noEmailText(): string {
        return this.options && !this.options.email ? formatLabel(NO_EMAIL, this.options.personName) : '';
    }

    get hasWebinars(): boolean {
        return (this.options?.webinars.length ?? 0) > 0;
    }

    get showNone(): boolean {
        return this.hasOptions && !this.noEmailText && !this.hasWebinars;
    }

    get showForm(): boolean {
        return this.hasOptions && !this.noEmailText && this.hasWebinars;
    }

    get webinarOptions(): { label: string; value: string }[] {
        return (this.options?.webinars ?? [])
            .filter((w) => !w.registered)
            .map((w) => ({ label: `${w.topic} · ${formatDateTime(w.startTime)}`, value: w.id }));
    }

    get alreadyRegistered(): string[] {
        return (this.options?.webinars ?? []).filter((w) => w.registered).map((w) => formatLabel(ALREADY, w.topic));
    }

    get hasQuestions(): boolean {
        return !this.isLoadingQuestions && this.questions.length > 0;
    }

    get registerDisabled(): boolean {
        return !this.webinarId || this.isLoadingQuestions || this.isRegistering || !!this.errorText;
    }

    async handleWebinarChange(event: CustomEvent<{ value: string }>): Promise<void> {
        this.webinarId = event.detail.value;
        this.notice = null;
        this.errorText = '';
        this.questions = [];
        this.isLoadingQuestions = true;
        try {
            const questions = await getQuestions({ webinarId: this.webinarId });
            this.questions = questions.map(toView);
        } catch (error) {
            this.errorText = errorMessage(error as ApexError);
        } finally {
            this.isLoadingQuestions = false;
        }
    }

    handleAnswer(event: CustomEvent<{ value: string | string[] }>): void {
        const key = (event.target as HTMLElement).dataset.key;
        const value = event.detail.value;
        this.questions = this.questions.map((q) => (q.key === key ? { ...q, value } : q));
    }

    async handleRegister(): Promise<void> {
        if (this.registerDisabled || !this._recordId) return;
        const missing = this.questions.find(
            (q) => q.required && (Array.isArray(q.value) ? q.value.length === 0 : q.value.trim() === '')
        );
        if (missing) {
            this.showFieldErrors();
            this.notice = {
                title: NOT_REGISTERED_TITLE,
                message: formatLabel(MISSING_ANSWER, missing.label),
                variant: 'warning'
            };
            return;
        }
        this.isRegistering = true;
        this.notice = null;
        try {
            const answers = this.questions
                .map((q) => ({ key: q.key, value: Array.isArray(q.value) ? q.value.join(';') : q.value }))
                .filter((a) => a.value !== '');
            const result = await register({ webinarId: this.webinarId, personId: this._recordId, answers });
            this.notice = {
                title: result.ok ? REGISTERED_TITLE : NOT_REGISTERED_TITLE,
                message: result.message,
                variant: result.ok ? 'success' : 'warning'
            };
            if (result.ok) {
                await this.load(this._recordId);
                this.webinarId = '';
                this.questions = [];
            }
        } catch (error) {
            this.notice = { title: NOT_REGISTERED_TITLE, message: errorMessage(error as ApexError), variant: 'error' };
        } finally {
            this.isRegistering = false;
        }
    }

    handleDismissNotice(): void {
        this.notice = null;
    }

    handleClose(): void {
        this.dispatchEvent(new CloseActionScreenEvent());
    }

    /** Lets each field show its own required-field message. */
    private showFieldErrors(): void {
        const inputs = this.template?.querySelectorAll<HTMLElement & { reportValidity?: () => boolean }>('[data-key]');
        inputs?.forEach((input) => input.reportValidity?.());
    }

    private async load(personId: string): Promise<void> {
        this.isLoading = true;
        this.errorText = '';
        try {
            this.options = await getRegistrationOptions({ personId });
        } catch (error) {
            this.options = null;
            this.errorText = errorMessage(error as ApexError);
        } finally {
            this.isLoading = false;
        }
    }
}

function toView(question: Apex.RegistrationQuestionDto): QuestionView {
    return {
        ...question,
        isShort: question.type === 'short',
        isSingle: question.type === 'single',
        isMultiple: question.type === 'multiple',
        options: question.answers.map((a) => ({ label: a, value: a })),
        value: question.type === 'multiple' ? [] : ''
    };
}
