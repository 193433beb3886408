"""Generates processes/alumni-access.bpmn (model and layout). Run: python3 tools/alumni_access_bpmn.py

Where the programme asks mentees for an alumni-community access code (mentorflow.registration.access-code-
required), a mentee asks for it in the portal and a coordinator grants or declines; granting gives full access.
"""
from bpmn_layout import Model

m = Model("alumni-access", "Alumni-community access",
          "A mentee asks for the alumni-community access code; a coordinator grants full access or declines "
          "with a reason. Business key: 'registration-' and the mentee's registration id (registrationId).")

m.start("StartEvent_AccessRequested", "Access requested", (150, 200))
m.flow("Flow_ToGrantAccess", "StartEvent_AccessRequested", "Task_GrantAlumniAccess", [(168, 200), (240, 200)])
m.user_task("Task_GrantAlumniAccess", "Grant alumni access", (290, 200), None, "grant-alumni-access",
            "A mentee asks for full access with the alumni-community access code. Check that they belong to the "
            "alumni community, then grant access (the code is mailed to them) or decline with a reason.",
            listeners=[("showAccessRequest", "create"), ("checkCoordinatorDecision", "complete")],
            candidate_groups="coordinators")
m.flow("Flow_ToAccessGranted", "Task_GrantAlumniAccess", "Gateway_AccessGranted", [(340, 200), (395, 200)])
m.gateway("Gateway_AccessGranted", "Granted?", (420, 200))
m.flow("Flow_AccessGranted", "Gateway_AccessGranted", "Task_RecordAccessGranted", [(445, 200), (490, 200)],
       name="yes", condition="${accessDecision == 'grant'}")
m.service_task("Task_RecordAccessGranted", "Record full access", (540, 200), "recordAccessDecision")
m.flow("Flow_ToMailGranted", "Task_RecordAccessGranted", "Task_MailAccessGranted", [(590, 200), (640, 200)])
m.service_task("Task_MailAccessGranted", "Mail access code", (690, 200), "sendRegistrationMail",
               {"mail": "alumni-access-granted"}, outside_world=True)
m.flow("Flow_ToFullAccess", "Task_MailAccessGranted", "EndEvent_FullAccess", [(740, 200), (802, 200)])
m.end("EndEvent_FullAccess", "Full access granted", (820, 200))

m.flow("Flow_AccessDeclined", "Gateway_AccessGranted", "Task_RecordAccessDeclined", [(420, 225), (420, 330), (490, 330)],
       name="no", condition="${accessDecision == 'decline'}")
m.service_task("Task_RecordAccessDeclined", "Record access declined", (540, 330), "recordAccessDecision")
m.flow("Flow_ToMailDeclined", "Task_RecordAccessDeclined", "Task_MailAccessDeclined", [(590, 330), (640, 330)])
m.service_task("Task_MailAccessDeclined", "Mail decline reason", (690, 330), "sendRegistrationMail",
               {"mail": "alumni-access-declined"}, outside_world=True)
m.flow("Flow_ToAccessDeclined", "Task_MailAccessDeclined", "EndEvent_AccessDeclined", [(740, 330), (802, 330)])
m.end("EndEvent_AccessDeclined", "Access declined", (820, 330))

m.write("tools/alumni_access_bpmn.py")
