/**
 * Email addresses typed or pasted by a person: split into single addresses, each checked on its own with a reason
 * a rep can act on, and duplicates dropped case-insensitively.
 * Service component (no template): import from 'c/emailAddresses'.
 *
 * The policy is deliberately stricter than RFC 5322 and close to what Salesforce's email service accepts:
 * - before the @: a "dot-atom" of ASCII letters, digits and ! # $ % & ' * + / = ? ^ _ ` { | } ~ - (no quoted
 *   strings, no leading, trailing or doubled dots), at most 64 characters;
 * - after the @: a host name of at least two labels (so "a@b" is refused), each label 1–63 ASCII letters, digits or
 *   hyphens and not starting or ending with a hyphen, no trailing dot, no IP literal; the last label is a real
 *   top-level domain shape (2+ letters, or an "xn--" label);
 * - internationalised (Unicode) domains are refused with their ASCII ("xn--") form as the suggestion, because the
 *   address travels as typed and not every mail server accepts SMTPUTF8; Unicode before the @ is refused;
 * - at most 254 characters in all: RFC 5321 limits the forward path to 256 octets including the angle brackets,
 *   so the often quoted 320 (64 + 1 + 255) never gets through SMTP. The server (Apex `EmailAddresses`) applies
 *   the same limits, so an address accepted here is not refused there.
 */
import ERRORS_ADDRESS_EMPTY from '@salesforce/label/c.Errors_AddressEmpty';
import ERRORS_ADDRESS_TOO_LONG from '@salesforce/label/c.Errors_AddressTooLong';
import ERRORS_ADDRESS_SPACE from '@salesforce/label/c.Errors_AddressSpace';
import ERRORS_ADDRESS_NO_AT from '@salesforce/label/c.Errors_AddressNoAt';
import ERRORS_ADDRESS_MANY_ATS from '@salesforce/label/c.Errors_AddressManyAts';
import ERRORS_ADDRESS_NO_LOCAL from '@salesforce/label/c.Errors_AddressNoLocal';
import ERRORS_ADDRESS_LOCAL_NON_ASCII from '@salesforce/label/c.Errors_AddressLocalNonAscii';
import ERRORS_ADDRESS_LOCAL_BAD_CHAR from '@salesforce/label/c.Errors_AddressLocalBadChar';
import ERRORS_ADDRESS_LOCAL_TOO_LONG from '@salesforce/label/c.Errors_AddressLocalTooLong';
import ERRORS_ADDRESS_STARTS_WITH_DOT from '@salesforce/label/c.Errors_AddressStartsWithDot';
import ERRORS_ADDRESS_DOT_BEFORE_AT from '@salesforce/label/c.Errors_AddressDotBeforeAt';
import ERRORS_ADDRESS_TWO_DOTS from '@salesforce/label/c.Errors_AddressTwoDots';
import ERRORS_ADDRESS_NO_DOMAIN from '@salesforce/label/c.Errors_AddressNoDomain';
import ERRORS_ADDRESS_IP_DOMAIN from '@salesforce/label/c.Errors_AddressIpDomain';
import ERRORS_ADDRESS_UNICODE_DOMAIN from '@salesforce/label/c.Errors_AddressUnicodeDomain';
import ERRORS_ADDRESS_DOMAIN_BAD_CHARS from '@salesforce/label/c.Errors_AddressDomainBadChars';
import ERRORS_ADDRESS_DOT_AFTER_AT from '@salesforce/label/c.Errors_AddressDotAfterAt';
import ERRORS_ADDRESS_ENDS_WITH_DOT from '@salesforce/label/c.Errors_AddressEndsWithDot';
import ERRORS_ADDRESS_SHORT_DOMAIN from '@salesforce/label/c.Errors_AddressShortDomain';
import ERRORS_ADDRESS_DOMAIN_BAD_CHAR from '@salesforce/label/c.Errors_AddressDomainBadChar';
import ERRORS_ADDRESS_DOMAIN_PART_TOO_LONG from '@salesforce/label/c.Errors_AddressDomainPartTooLong';
import ERRORS_ADDRESS_DOMAIN_HYPHEN from '@salesforce/label/c.Errors_AddressDomainHyphen';
import ERRORS_ADDRESS_TOP_LEVEL from '@salesforce/label/c.Errors_AddressTopLevel';
import ERRORS_ADDRESS_QUOTED from '@salesforce/label/c.Errors_AddressQuoted';
import { formatLabel, formatNumber } from 'c/i18n';

/** Longest address accepted (RFC 5321 path limit without the angle brackets). */
export const MAX_ADDRESS_LENGTH = 254;
/** Longest part before the @. */
export const MAX_LOCAL_LENGTH = 64;
/** Longest part of a domain between two dots. */
export const MAX_LABEL_LENGTH = 63;
/** Most recipients one email may have (the server refuses more). */
export const MAX_RECIPIENTS = 100;

/** One address that was refused, and why (a sentence that names the address). */
export interface AddressProblem {
    address: string;
    reason: string;
}

/** What happened when a typed text was added to a list of addresses. */
export interface AddResult {
    /** New valid addresses, in the order typed. */
    added: string[];
    /** Refused addresses with their reasons, in the order typed. */
    invalid: AddressProblem[];
    /** Typed addresses that were already in the list (or typed twice), as typed. */
    duplicates: string[];
    /** Valid addresses that did not fit under the recipient limit. */
    overLimit: string[];
    /** What should stay in the input: the refused and left-over addresses, so nothing typed is lost. */
    remainder: string;
}

const LOCAL_ALLOWED = /[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]/;
const LABEL_ALLOWED = /[A-Za-z0-9-]/;
const NON_ASCII = /[^\u0020-\u007e]/;
const WHITESPACE = /\s/;
const TOP_LEVEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;
const ANGLE_FORM = /^(.*)<([^<>]*)>$/s;
const ENCLOSED = /^<([^<>]*)>$/;
const MAILTO = /^mailto:/i;
const SHOWN_MAX = 60;

/**
 * Splits what a person typed or pasted into single addresses. Separators are commas, semicolons, line breaks and
 * spaces; "Name <address>" (as mail programs copy it, quoted names with commas included) gives the address
 * alone; a "mailto:" prefix is dropped. Nothing is validated here.
 */
export function splitAddresses(text: string | null | undefined): string[] {
    const addresses: string[] = [];
    for (const segment of segments(text ?? '')) {
        const angle = ANGLE_FORM.exec(segment);
        const tokens = angle ? [angle[2].trim()] : segment.split(/\s+/);
        for (const token of tokens) {
            const address = token.replace(ENCLOSED, '$1').replace(MAILTO, '');
            if (address) addresses.push(address);
        }
    }
    return addresses;
}

/** Segments between commas, semicolons and line breaks that are outside quotes and angle brackets. */
function segments(text: string): string[] {
    const result: string[] = [];
    let current = '';
    let quoted = false;
    let angled = false;
    for (const ch of text) {
        if (ch === '"' && !angled) quoted = !quoted;
        else if (ch === '<' && !quoted) angled = true;
        else if (ch === '>' && !quoted) angled = false;
        if (!quoted && !angled && (ch === ',' || ch === ';' || ch === '\n' || ch === '\r')) {
            result.push(current.trim());
            current = '';
        } else {
            current += ch;
        }
    }
    result.push(current.trim());
    return result.filter((s) => s.length > 0);
}

/** A length limit in the user's number format (no grouping: "254"). */
function plain(value: number): string {
    return formatNumber(value, { useGrouping: false });
}

/** The address as a sentence shows it: quoted, and shortened when it is very long. */
function shown(address: string): string {
    const text = address.length > SHOWN_MAX ? `${address.slice(0, SHOWN_MAX - 1)}…` : address;
    return formatLabel(ERRORS_ADDRESS_QUOTED, text);
}

/** The first character of `part` that `allowed` does not accept, or null. */
function firstBadCharacter(part: string, allowed: RegExp): string | null {
    for (const ch of part) {
        if (!allowed.test(ch)) return ch;
    }
    return null;
}

/**
 * The ASCII ("xn--") form of a Unicode domain, through the browser's own IDNA conversion (the URL parser), or
 * null when it cannot be converted.
 */
export function asciiDomain(domain: string): string | null {
    if (/[\s/\\?#@:[\]%]/.test(domain)) return null;
    try {
        const host = new URL(`http://${domain}/`).hostname;
        return NON_ASCII.test(host) || host.length === 0 ? null : host;
    } catch {
        return null;
    }
}

/** Why one address cannot be used, as a sentence naming it; null when it is a valid address. */
export function addressProblem(address: string): string | null {
    const a = shown(address);
    if (address.length === 0) return ERRORS_ADDRESS_EMPTY;
    if (address.length > MAX_ADDRESS_LENGTH) {
        return formatLabel(ERRORS_ADDRESS_TOO_LONG, a, plain(MAX_ADDRESS_LENGTH));
    }
    if (WHITESPACE.test(address)) return formatLabel(ERRORS_ADDRESS_SPACE, a);
    const ats = address.split('@').length - 1;
    if (ats === 0) return formatLabel(ERRORS_ADDRESS_NO_AT, a);
    if (ats > 1) return formatLabel(ERRORS_ADDRESS_MANY_ATS, a);
    const [local, domain] = address.split('@');
    return localProblem(a, local) ?? domainProblem(a, local, domain);
}

function localProblem(a: string, local: string): string | null {
    if (local.length === 0) return formatLabel(ERRORS_ADDRESS_NO_LOCAL, a);
    if (NON_ASCII.test(local)) return formatLabel(ERRORS_ADDRESS_LOCAL_NON_ASCII, a);
    const bad = firstBadCharacter(local, LOCAL_ALLOWED);
    if (bad) return formatLabel(ERRORS_ADDRESS_LOCAL_BAD_CHAR, a, bad);
    if (local.length > MAX_LOCAL_LENGTH) return formatLabel(ERRORS_ADDRESS_LOCAL_TOO_LONG, a, plain(MAX_LOCAL_LENGTH));
    if (local.startsWith('.')) return formatLabel(ERRORS_ADDRESS_STARTS_WITH_DOT, a);
    if (local.endsWith('.')) return formatLabel(ERRORS_ADDRESS_DOT_BEFORE_AT, a);
    if (local.includes('..')) return formatLabel(ERRORS_ADDRESS_TWO_DOTS, a);
    return null;
}

function domainProblem(a: string, local: string, domain: string): string | null {
    if (domain.length === 0) return formatLabel(ERRORS_ADDRESS_NO_DOMAIN, a);
    if (domain.startsWith('[')) return formatLabel(ERRORS_ADDRESS_IP_DOMAIN, a);
    if (NON_ASCII.test(domain)) {
        const ascii = asciiDomain(domain);
        return ascii && !domainProblem(a, local, ascii)
            ? formatLabel(ERRORS_ADDRESS_UNICODE_DOMAIN, a, `${local}@${ascii}`)
            : formatLabel(ERRORS_ADDRESS_DOMAIN_BAD_CHARS, a);
    }
    if (domain.startsWith('.')) return formatLabel(ERRORS_ADDRESS_DOT_AFTER_AT, a);
    if (domain.endsWith('.')) return formatLabel(ERRORS_ADDRESS_ENDS_WITH_DOT, a);
    if (domain.includes('..')) return formatLabel(ERRORS_ADDRESS_TWO_DOTS, a);
    const labels = domain.split('.');
    if (labels.length < 2) return formatLabel(ERRORS_ADDRESS_SHORT_DOMAIN, a);
    for (const label of labels) {
        const bad = firstBadCharacter(label, LABEL_ALLOWED);
        if (bad) return formatLabel(ERRORS_ADDRESS_DOMAIN_BAD_CHAR, a, bad);
        if (label.length > MAX_LABEL_LENGTH) {
            return formatLabel(ERRORS_ADDRESS_DOMAIN_PART_TOO_LONG, a, plain(MAX_LABEL_LENGTH));
        }
        if (label.startsWith('-') || label.endsWith('-')) {
            return formatLabel(ERRORS_ADDRESS_DOMAIN_HYPHEN, a);
        }
    }
    const topLevel = labels[labels.length - 1];
    if (!TOP_LEVEL.test(topLevel)) return formatLabel(ERRORS_ADDRESS_TOP_LEVEL, a);
    return null;
}

/** True when `address` can be used as it is. */
export function isValidAddress(address: string): boolean {
    return addressProblem(address) === null;
}

/** The key two addresses are compared by: the same address in any letter case is one address. */
export function addressKey(address: string): string {
    return address.trim().toLowerCase();
}

/** The addresses without repeats (compared case-insensitively), the first spelling kept, order kept. */
export function dedupeAddresses(addresses: readonly string[]): string[] {
    const seen = new Set<string>();
    return addresses.filter((address) => {
        const key = addressKey(address);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

/** Every address of the list that cannot be used, with its reason, in list order. */
export function findProblems(addresses: readonly string[]): AddressProblem[] {
    return addresses
        .map((address) => ({ address, reason: addressProblem(address) }))
        .filter((p): p is AddressProblem => p.reason !== null);
}

/**
 * Adds what a person typed to an existing list: each address is checked on its own, valid new ones are added (up
 * to `max` in all), duplicates are reported and skipped, refused ones are returned with their reasons and kept as
 * the remainder for the input.
 */
export function addAddresses(existing: readonly string[], text: string, max: number = MAX_RECIPIENTS): AddResult {
    const result: AddResult = { added: [], invalid: [], duplicates: [], overLimit: [], remainder: '' };
    const seen = new Set(existing.map(addressKey));
    for (const address of splitAddresses(text)) {
        const reason = addressProblem(address);
        if (reason) {
            result.invalid.push({ address, reason });
        } else if (seen.has(addressKey(address))) {
            result.duplicates.push(address);
        } else if (existing.length + result.added.length >= max) {
            result.overLimit.push(address);
        } else {
            seen.add(addressKey(address));
            result.added.push(address);
        }
    }
    result.remainder = [...result.invalid.map((p) => p.address), ...result.overLimit].join(', ');
    return result;
}
