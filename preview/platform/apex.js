/**
 * Stand-in for `@salesforce/apex`: refreshApex (re-delivers the current state's answer to a wired Apex method)
 * and getSObjectValue.
 */
export { refreshApex } from './apexRuntime.js';

/**
 * Reads a field (also a relationship path such as "Owner.Name") from an SObject returned by Apex.
 * @param {Record<string, unknown>} sobject
 * @param {string | { fieldApiName: string }} field a `@salesforce/schema` reference or "Object.Field" string
 */
export function getSObjectValue(sobject, field) {
    const name = typeof field === 'string' ? field.split('.').slice(1).join('.') || field : field.fieldApiName;
    return name.split('.').reduce((value, part) => (value == null ? undefined : value[part]), sobject);
}
