/**
 * Applies the verified Zoom webhook events ZoomWebhookResource published, in batches, as the Zoom Integration user
 * (PlatformEventSubscriberConfig written by scripts/webhook-subscriber.sh). All logic is in WebhookProcessor.
 */
trigger ZoomWebhookEventTrigger on Zoom_Webhook_Event__e(after insert) {
    new WebhookProcessor().handle((List<Zoom_Webhook_Event__e>) Trigger.new);
}
