/**
 * Open CTI stand-in of the preview: what the ZoomSoftphone Visualforce page does with the softphone's events in an
 * org (`screenpop` → sforce.opencti.screenPop, `incomingcall` → setSoftphonePanelVisibility) is recorded in the
 * activity log instead (`openCti` events in window.__preview.events), with the call Open CTI would make.
 */
import { recordPreviewEvent } from '../platform/context.js';

/** The Open CTI call the ZoomSoftphone page makes for a screen pop detail. */
export function openCtiCall(detail) {
    if (detail?.recordId)
        return { method: 'screenPop', screenPopType: 'SOBJECT', params: { recordId: detail.recordId } };
    if (detail?.objectApiName) {
        return {
            method: 'screenPop',
            screenPopType: 'NEW_RECORD_MODAL',
            params: { entityName: detail.objectApiName, defaultFieldValues: detail.defaultFieldValues ?? {} }
        };
    }
    return null;
}

/** Listens on the component's region for the events the Open CTI page handles. */
export function installOpenCtiStub(region) {
    region.addEventListener('screenpop', (event) => {
        const call = openCtiCall(event.detail);
        if (call) recordPreviewEvent('openCti', call);
    });
    region.addEventListener('incomingcall', () =>
        recordPreviewEvent('openCti', { method: 'setSoftphonePanelVisibility', params: { visible: true } })
    );
}
