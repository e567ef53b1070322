/** Mirrors the Apex DTO returned by ZoomPresenceController. Datetime values arrive as ISO 8601 strings. */
declare namespace Apex {
    /** force-app/main/directory/classes/ZoomPresenceDto.cls */
    interface ZoomPresenceDto {
        /** presence: a presence to show; notLinked: the owner has no Zoom user; noPresence: none received yet. */
        state: 'presence' | 'notLinked' | 'noPresence';
        /** The Salesforce user whose presence this is (the record's owner, or the user). */
        ownerName: string | null;
        /** The Presence picklist value, or null without a presence. */
        status: Apex.ZoomPresenceStatus | null;
        /** The presence's label in the user's language, or null without a presence. */
        statusLabel: string | null;
        /** When the presence last changed in Zoom, or null. */
        updatedAt: string | null;
    }
}

declare module '@salesforce/apex/ZoomPresenceController.getPresence' {
    /** ZoomPresenceController.getPresence(Id recordId): the Zoom presence of the person behind a User/Contact/Account. */
    const getPresence: ApexMethod<{ recordId: string }, Apex.ZoomPresenceDto>;
    export default getPresence;
}
