/**
 * Keeps each webinar registrant's Campaign member (on the webinar's Campaign) in step with its status and attendance,
 * for every writer (registration, batch registration, sync, webhooks). All logic is in WebinarRegistrantTriggerHandler.
 */
trigger ZoomWebinarRegistrantTrigger on Zoom_Webinar_Registrant__c(before insert, before update) {
    new WebinarRegistrantTriggerHandler().handle(Trigger.new, Trigger.oldMap);
}
