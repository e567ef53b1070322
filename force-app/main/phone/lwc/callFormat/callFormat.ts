/**
 * Plain helpers of the Zoom calls list: talk time, phone numbers as people read them, tel: links, record links and a
 * debounce for the search box. No LWC or platform import, so Jest and the preview's handler use them as they are.
 */

/** Talk time as m:ss, or h:mm:ss from one hour; '' when unknown (not answered) or negative. */
export function formatTalkTime(seconds: number | null | undefined): string {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return '';
    const total = Math.round(seconds);
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    const ss = String(s).padStart(2, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * An E.164 number as people read it: North American numbers (+1 and ten digits) as "+1 (555) 010-1234"; other
 * numbers stay in E.164 (without a numbering-plan table the country code's length is not known, and a wrong grouping
 * misleads more than none). Anything that is not E.164 (an internal extension, a withheld number) is returned trimmed;
 * null gives ''.
 */
export function formatPhone(e164: string | null | undefined): string {
    if (!e164) return '';
    const value = e164.trim();
    const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(value);
    return nanp ? `+1 (${nanp[1]}) ${nanp[2]}-${nanp[3]}` : value;
}

/** The number with its extension through `withExtension` ("{0} ext. {1}"), or the number alone. */
export function formatPhoneWithExtension(
    e164: string | null | undefined,
    extension: string | null | undefined,
    withExtension: (phone: string, extension: string) => string
): string {
    const phone = formatPhone(e164);
    return extension ? withExtension(phone, extension) : phone;
}

/** A tel: link for an E.164 number (the softphone's click-to-dial picks it up), or null. */
export function telHref(e164: string | null | undefined): string | null {
    return e164 && /^\+\d{6,15}$/.test(e164.trim()) ? `tel:${e164.trim()}` : null;
}

/** The Lightning Experience link of a record, or null without an id. */
export function recordHref(id: string | null | undefined): string | null {
    return id ? `/lightning/r/${id}/view` : null;
}

/** A function that runs `fn` once `waitMs` after the last call; `cancel` drops a pending run. */
export function debounce<A extends unknown[]>(
    fn: (...args: A) => void,
    waitMs: number
): ((...args: A) => void) & { cancel: () => void } {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = (...args: A): void => {
        if (timer !== undefined) clearTimeout(timer);
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- the search waits for the rep to stop typing
        timer = setTimeout(() => {
            timer = undefined;
            fn(...args);
        }, waitMs);
    };
    return Object.assign(run, {
        cancel: (): void => {
            if (timer !== undefined) clearTimeout(timer);
            timer = undefined;
        }
    });
}
