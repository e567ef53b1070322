/**
 * Stand-in for `lightning/uiRecordApi`, minimal but real: `getRecord` serves the simulated page record (its
 * `fields` in preview/gallery.json, changed per state by `"uiRecordApi.getRecord"`) in the UI API record shape;
 * `getFieldValue` / `getFieldDisplayValue` read it; `updateRecord` saves into it.
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
    // A state may change the record's fields (`"uiRecordApi.getRecord": { "data": { Field: value } }`) or make the
    // read fail (`{ "error": { … } }`), so one record page can show several states.
    const declared = previewContext().apex['uiRecordApi.getRecord'];
    if (declared && typeof declared === 'object' && 'error' in declared) {
        return { error: { status: 400, statusText: 'Bad Request', ok: false, ...declared.error } };
    }
    const stateFields = declared && typeof declared === 'object' && 'data' in declared ? declared.data : {};
    const values = { ...(record.fields ?? {}), ...stateFields, ...(savedFields.get(recordId) ?? {}) };
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

/** Values saved by updateRecord since the page loaded, by record Id (they win over the gallery's). */
const savedFields = new Map();

/** Connected getRecord wires, re-provisioned after updateRecord (as LDS does in an org). */
const liveAdapters = new Set();

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
        liveAdapters.add(this);
        this.provide();
    }
    update(config) {
        this.config = config;
        this.provide();
    }
    disconnect() {
        this.connected = false;
        liveAdapters.delete(this);
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

/**
 * Saves fields of the page record: `updateRecord({ fields: { Id, ...values } })`. The values are merged into the
 * simulated record (so a later getRecord sees them) and the updated UI API record is returned. A state can make it
 * fail with `"apex": { "uiRecordApi.updateRecord": { "error": { … } } }` in preview/gallery.json.
 */
export async function updateRecord(recordInput) {
    const { Id: recordId, ...values } = recordInput?.fields ?? {};
    recordPreviewEvent('updateRecord', { recordId, fields: values });
    const declared = previewContext().apex['uiRecordApi.updateRecord'];
    if (declared && typeof declared === 'object' && 'error' in declared) {
        throw { status: 400, statusText: 'Bad Request', ok: false, ...declared.error };
    }
    const record = previewContext().record;
    if (!record || record.recordId !== recordId) {
        throw { status: 404, ok: false, body: { message: `The requested resource does not exist (${recordId}).` } };
    }
    savedFields.set(recordId, { ...(savedFields.get(recordId) ?? {}), ...values });
    for (const adapter of liveAdapters) if (adapter.config?.recordId === recordId) adapter.provide();
    return loadRecord({ recordId, optionalFields: Object.keys({ ...record.fields, ...values }) }).data;
}

/** Tells LDS that records changed; in the preview this only logs. */
export async function notifyRecordUpdateAvailable(recordIds) {
    recordPreviewEvent('notifyRecordUpdateAvailable', { recordIds });
}

/** @deprecated on the platform in favour of notifyRecordUpdateAvailable; kept because older code calls it. */
export function getRecordNotifyChange(recordIds) {
    recordPreviewEvent('notifyRecordUpdateAvailable', { recordIds });
}
