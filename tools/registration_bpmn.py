"""Generates processes/registration.bpmn (model and layout). Run: python3 tools/registration_bpmn.py

One account made in the portal: the e-mail link (a new one on request; the account is removed if it is never
followed), the choice of role, and for mentors the eligibility decision, the verification document and the
coordinator's check. The business key is 'registration-' and the registration's id
(registrationId), never a person's data.
"""
from bpmn_layout import Model

m = Model("registration", "Registration",
          "An account registered in the portal, from the verification link to the verified mentor. The portal "
          "correlates each step the person takes (link followed, role chosen, questions answered, document "
          "uploaded); never-verified accounts are removed when the link expires.")


def mail(el_id, name, at, template, **inputs):
    m.service_task(el_id, name, at, "sendRegistrationMail", {"mail": template, **inputs}, outside_world=True)


# --- the e-mail link ------------------------------------------------------------------------------
m.start("StartEvent_Registered", "Account registered", (150, 200))
m.flow("Flow_ToLinkNeeded", "StartEvent_Registered", "Gateway_LinkNeeded", [(168, 200), (215, 200)])
m.gateway("Gateway_LinkNeeded", "Link needed", (240, 200))
m.flow("Flow_ToMailLink", "Gateway_LinkNeeded", "Task_MailVerificationLink", [(265, 200), (310, 200)])
mail("Task_MailVerificationLink", "Mail verification link", (360, 200), "verification-link", link="verification")
m.flow("Flow_ToAwaitEmail", "Task_MailVerificationLink", "Task_AwaitEmailVerification", [(410, 200), (470, 200)])
m.receive_task("Task_AwaitEmailVerification", "Wait for e-mail confirmation", (520, 200), "EmailVerified")
m.message_boundary("Boundary_NewLinkRequested", "New link requested", "Task_AwaitEmailVerification", (520, 160),
                   "NewVerificationLinkRequested")
m.flow("Flow_SendNewLink", "Boundary_NewLinkRequested", "Gateway_LinkNeeded", [(520, 142), (520, 90), (240, 90), (240, 175)])
m.timer_boundary("Timer_VerificationExpired", "Link expired", "Task_AwaitEmailVerification", (520, 240),
                 duration="${verificationExpiresAfter}")
m.flow("Flow_ToRemoveAccount", "Timer_VerificationExpired", "Task_RemoveUnverifiedAccount", [(520, 258), (520, 320)])
m.service_task("Task_RemoveUnverifiedAccount", "Remove unverified account", (520, 360), "removeUnverifiedAccount")
m.flow("Flow_ToAccountRemoved", "Task_RemoveUnverifiedAccount", "EndEvent_AccountRemoved", [(570, 360), (632, 360)])
m.end("EndEvent_AccountRemoved", "Account removed", (650, 360))

m.flow("Flow_ToMarkVerified", "Task_AwaitEmailVerification", "Task_MarkEmailVerified", [(570, 200), (630, 200)])
m.service_task("Task_MarkEmailVerified", "Mark e-mail verified", (680, 200), "markEmailVerified")

# --- the role -------------------------------------------------------------------------------------
m.flow("Flow_ToRoleNeeded", "Task_MarkEmailVerified", "Gateway_RoleNeeded", [(730, 200), (775, 200)])
m.gateway("Gateway_RoleNeeded", "Role needed", (800, 200))
m.flow("Flow_ToAwaitRole", "Gateway_RoleNeeded", "Task_AwaitRoleChoice", [(825, 200), (870, 200)])
m.receive_task("Task_AwaitRoleChoice", "Wait for role choice", (920, 200), "RoleChosen")
m.flow("Flow_ToRecordRole", "Task_AwaitRoleChoice", "Task_RecordRoleChoice", [(970, 200), (1020, 200)])
m.service_task("Task_RecordRoleChoice", "Record role choice", (1070, 200), "recordRoleChoice")
m.flow("Flow_ToMentorChosen", "Task_RecordRoleChoice", "Gateway_MentorChosen", [(1120, 200), (1165, 200)])
m.gateway("Gateway_MentorChosen", "Mentor role chosen?", (1190, 200))
m.flow("Flow_MenteeOnlyChosen", "Gateway_MentorChosen", "EndEvent_RegisteredAsMentee", [(1190, 225), (1190, 312)],
       name="no", condition="${!wantsMentor}")
m.end("EndEvent_RegisteredAsMentee", "Registered as mentee", (1190, 330))

# --- mentor eligibility -----------------------------------------------------------------------------
m.flow("Flow_MentorChosen", "Gateway_MentorChosen", "Task_AwaitMentorAnswers", [(1215, 200), (1260, 200)],
       name="yes", condition="${wantsMentor}")
m.receive_task("Task_AwaitMentorAnswers", "Wait for mentor questions", (1310, 200), "MentorQuestionsAnswered")
m.flow("Flow_ToDecideEligibility", "Task_AwaitMentorAnswers", "Task_DecideMentorEligibility", [(1360, 200), (1410, 200)])
m.business_rule_task("Task_DecideMentorEligibility", "Decide mentor eligibility", (1460, 200), "mentorEligibility",
                     {"eligible": "${decisionResult.getSingleResult().getEntry('eligible')}",
                      "eligibilityReason": "${decisionResult.getSingleResult().getEntry('reason')}"})
m.flow("Flow_ToRecordEligibility", "Task_DecideMentorEligibility", "Task_RecordEligibility", [(1510, 200), (1560, 200)])
m.service_task("Task_RecordEligibility", "Record eligibility", (1610, 200), "recordEligibility")
m.flow("Flow_ToEligible", "Task_RecordEligibility", "Gateway_Eligible", [(1660, 200), (1705, 200)])
m.gateway("Gateway_Eligible", "Eligible?", (1730, 200))
m.flow("Flow_NotEligible", "Gateway_Eligible", "Gateway_AlsoMentee", [(1730, 225), (1730, 305)],
       name="no", condition="${!eligible}")
m.gateway("Gateway_AlsoMentee", "Also mentee?", (1730, 330))
m.flow("Flow_StaysMentee", "Gateway_AlsoMentee", "EndEvent_MenteeOnly", [(1755, 330), (1842, 330)],
       name="yes", condition="${wantsMentee}")
m.end("EndEvent_MenteeOnly", "Registered as mentee only", (1860, 330))
m.flow("Flow_ChooseRoleAgain", "Gateway_AlsoMentee", "Gateway_RoleNeeded", [(1730, 355), (1730, 440), (800, 440), (800, 225)],
       name="no: choose again", condition="${!wantsMentee}")

# --- verification document and the coordinator's check ----------------------------------------------
m.flow("Flow_Eligible", "Gateway_Eligible", "Gateway_DocumentNeeded", [(1755, 200), (1835, 200)],
       name="yes", condition="${eligible}")
m.gateway("Gateway_DocumentNeeded", "Document needed", (1860, 200))
m.flow("Flow_ToAwaitDocument", "Gateway_DocumentNeeded", "Task_AwaitVerificationDocument", [(1885, 200), (1930, 200)])
m.receive_task("Task_AwaitVerificationDocument", "Wait for verification document", (1980, 200),
               "VerificationDocumentUploaded")
m.flow("Flow_ToVerifyMentor", "Task_AwaitVerificationDocument", "Task_VerifyMentor", [(2030, 200), (2080, 200)])
m.user_task("Task_VerifyMentor", "Verify mentor", (2130, 200), None, "verify-mentor",
            "A mentor candidate uploaded a verification document. Open it, check it against the answers, and "
            "approve the mentor or reject with a message saying what is missing.",
            listeners=[("showMentorCandidate", "create"), ("checkCoordinatorDecision", "complete")],
            candidate_groups="coordinators")
m.flow("Flow_ToMentorApproved", "Task_VerifyMentor", "Gateway_MentorApproved", [(2180, 200), (2235, 200)])
m.gateway("Gateway_MentorApproved", "Approved?", (2260, 200))
m.flow("Flow_MentorApproved", "Gateway_MentorApproved", "Task_MarkMentorVerified", [(2285, 200), (2330, 200)],
       name="yes", condition="${mentorDecision == 'approve'}")
m.service_task("Task_MarkMentorVerified", "Mark mentor verified", (2380, 200), "recordMentorDecision")
m.flow("Flow_ToMailApproved", "Task_MarkMentorVerified", "Task_MailMentorApproved", [(2430, 200), (2480, 200)])
mail("Task_MailMentorApproved", "Mail mentor approval", (2530, 200), "mentor-approved")
m.flow("Flow_ToMentorVerified", "Task_MailMentorApproved", "EndEvent_MentorVerified", [(2580, 200), (2642, 200)])
m.end("EndEvent_MentorVerified", "Mentor verified", (2660, 200))

m.flow("Flow_MentorRejected", "Gateway_MentorApproved", "Task_RecordMentorRejection", [(2260, 175), (2260, 80), (2180, 80)],
       name="no", condition="${mentorDecision == 'reject'}")
m.service_task("Task_RecordMentorRejection", "Record rejection", (2130, 80), "recordMentorDecision")
m.flow("Flow_ToMailRejected", "Task_RecordMentorRejection", "Task_MailMentorRejected", [(2080, 80), (2030, 80)])
mail("Task_MailMentorRejected", "Mail rejection and ask again", (1980, 80), "mentor-rejected")
m.flow("Flow_UploadAgain", "Task_MailMentorRejected", "Gateway_DocumentNeeded", [(1930, 80), (1860, 80), (1860, 175)])

m.write("tools/registration_bpmn.py")
