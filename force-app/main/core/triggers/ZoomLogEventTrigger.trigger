/**
 * Writes the Zoom log entries that IntegrationLogger.publishPending published as Zoom_Log__c records. All logic is
 * in ZoomLogEventHandler.
 */
trigger ZoomLogEventTrigger on Zoom_Log_Event__e(after insert) {
    new ZoomLogEventHandler().handle((List<Zoom_Log_Event__e>) Trigger.new);
}
