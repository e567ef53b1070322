<!--
    Lightning Out app of Salesforce Classic: the Visualforce pages ZoomEventPanel, ZoomStartMeeting and
    ZoomStartMeetingContact load it with $Lightning.use and create the components listed here.
-->
<aura:application
    access="GLOBAL"
    extends="ltng:outApp"
    description="Zoom components for Salesforce Classic (Lightning Out)."
>
    <aura:dependency resource="c:zoomMeetingPanel" />
    <aura:dependency resource="c:zoomStartMeeting" />
    <aura:dependency resource="c:zoomMeetingEmail" />
</aura:application>
