/**
 * Schedules, moves and deletes the Zoom meetings of Events (Schedule Zoom Meeting). All logic is in
 * EventTriggerHandler; the callouts run in the MeetingScheduler job.
 */
trigger ZoomEventTrigger on Event(after insert, after update, after delete) {
    new EventTriggerHandler().handle(Trigger.operationType, Trigger.new, Trigger.oldMap);
}
