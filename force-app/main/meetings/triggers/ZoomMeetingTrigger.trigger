/**
 * Keeps a Zoom meeting owned by its host and shared with its Event's owner and invited users. All logic is in
 * MeetingSharingHandler.
 */
trigger ZoomMeetingTrigger on Zoom_Meeting__c(before insert, before update, after update) {
    new MeetingSharingHandler().handle(Trigger.operationType, Trigger.new, Trigger.oldMap);
}
