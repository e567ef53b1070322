/**
 * Stand-in for `lightning/uiRecordApi`, minimal but real: `getRecord` serves the simulated page record (its
 * `fields` in preview/gallery.json) in the UI API record shape; `getFieldValue` / `getFieldDisplayValue` read it.
 * A requested field the record does not have is an error (an optional one is left out), as in an org.
 */
import { previewContext, recordPreviewEvent } from './context.js';

/** "Event.Subject" or { objectApiName, fieldApiName } → "Subject" (relationship paths keep their dots). */
function fieldName(field) {
    if (field && typeof field === 'object') return field.fieldApiName;
    const s = String(field);
    return s.includes('.') ? s.slice(s.indexOf('.') + 1) : s;
}

const list = (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The UI API record for `recordId` with the requested fields, or an error body. */
function loadRecord({ recordId, fields, optionalFields }) {
    const record = previewContext().record;
    if (!record || record.recordId !== recordId) {
        return { error: { status: 404, body: { message: `The requested resource does not exist (${recordId}).` } } };
    }
    const values = record.fields ?? {};
    const out = {};
    const missing = [];
    for (const [field, optional] of [
        ...list(fields).map((f) => [f, false]),
        ...list(optionalFields).map((f) => [f, true])
    ]) {
        const name = fieldName(field);
        if (name in values) out[name] = { value: values[name], displayValue: null };
        else if (!optional) missing.push(name);
    }
    if (missing.length) {
        const message = `No such column '${missing.join(', ')}' on entity '${record.objectApiName}' in the preview record (add it to "record.fields" in preview/gallery.json).`;
        return { error: { status: 400, body: [{ errorCode: 'INVALID_FIELD', message }] } };
    }
    return {
        data: {
            apiName: record.objectApiName,
            id: record.recordId,
            fields: out,
            childRelationships: {},
            recordTypeId: null,
            recordTypeInfo: null
        }
    };
}

/** Wire adapter: `@wire(getRecord, { recordId: '$recordId', fields: [SUBJECT] })`. */
export class getRecord {
    constructor(dataCallback) {
        this.dataCallback = dataCallback;
        this.connected = false;
        this.config = undefined;
        dataCallback({ data: undefined, error: undefined });
    }
    connect() {
        this.connected = true;
        this.provide();
    }
    update(config) {
        this.config = config;
        this.provide();
    }
    disconnect() {
        this.connected = false;
    }
    provide() {
        if (!this.connected || !this.config?.recordId) return;
        const result = loadRecord(this.config);
        recordPreviewEvent('getRecord', { recordId: this.config.recordId, ok: !result.error });
        Promise.resolve().then(() =>
            this.dataCallback({ data: Object.freeze(result.data), error: result.error ?? undefined })
        );
    }
}

/** Value of a field of a UI API record. */
export function getFieldValue(record, field) {
    return record?.fields?.[fieldName(field)]?.value;
}

/** Display value of a field of a UI API record (formatted by the server; the preview has none, so the value). */
export function getFieldDisplayValue(record, field) {
    const f = record?.fields?.[fieldName(field)];
    return f ? (f.displayValue ?? f.value) : undefined;
}

/** Tells LDS that records changed; in the preview this only logs. */
export async function notifyRecordUpdateAvailable(recordIds) {
    recordPreviewEvent('notifyRecordUpdateAvailable', { recordIds });
}

/** @deprecated on the platform in favour of notifyRecordUpdateAvailable; kept because older code calls it. */
export function getRecordNotifyChange(recordIds) {
    recordPreviewEvent('notifyRecordUpdateAvailable', { recordIds });
}
