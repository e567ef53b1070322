<!--
    Lightning Out app of Salesforce Classic: the Visualforce pages ZoomEventPanel, ZoomStartMeeting,
    ZoomStartMeetingContact and ZoomSoftphone (the Open CTI softphone) load it with $Lightning.use and create the components listed here.
-->
<aura:application
    access="GLOBAL"
    extends="ltng:outApp"
    description="Zoom components for Salesforce Classic (Lightning Out)."
>
    <aura:dependency resource="c:zoomMeetingPanel" />
    <aura:dependency resource="c:zoomStartMeeting" />
    <aura:dependency resource="c:zoomMeetingEmail" />
    <aura:dependency resource="c:zoomSoftphone" />
</aura:application>
