"""Generates processes/agreement.bpmn (model and layout). Run: python3 tools/agreement_bpmn.py

The mentee writes the agreement, the mentor approves it or asks for changes, as often as needed.
The approval is the official start of the mentorship.
"""
from bpmn_layout import Model

m = Model("agreement", "Mentorship agreement",
          "After the first meeting the mentee writes the mentorship agreement; the mentor approves it or asks for changes. "
          "Called by the mentorship process; the mentorship id is the business key.")

m.start("StartEvent_AgreementNeeded", "Mentorship accepted", (180, 200))
m.flow("Flow_ToDraft", "StartEvent_AgreementNeeded", "Gateway_WriteAgain", [(198, 200), (230, 200)])
m.gateway("Gateway_WriteAgain", "Write agreement", (255, 200))
m.flow("Flow_ToWrite", "Gateway_WriteAgain", "Task_WriteAgreement", [(280, 200), (320, 200)])
m.user_task("Task_WriteAgreement", "Write mentorship agreement", (370, 200), "${menteeId}", "write-mentorship-agreement",
            "Write down what you agreed in your first meeting: duration, meetings, contact and goals. Your mentor approves it.",
            listeners=[("prefillAgreement", "create"), ("checkAnswers", "complete")])
m.timer_boundary("Timer_RemindAgreement", "Reminder due", "Task_WriteAgreement", (370, 240),
                 cycle="${agreementReminderCycle}", interrupting=False)
m.flow("Flow_ToRemindAgreement", "Timer_RemindAgreement", "Task_RemindAgreement", [(370, 258), (370, 310), (420, 310)])
m.mail_task("Task_RemindAgreement", "Remind mentee to write it", (470, 310), "agreement-reminder", "mentee")
m.flow("Flow_ToMenteeReminded", "Task_RemindAgreement", "EndEvent_MenteeReminded", [(520, 310), (562, 310)])
m.end("EndEvent_MenteeReminded", "Mentee reminded", (580, 310))

m.flow("Flow_ToSaveProposal", "Task_WriteAgreement", "Task_SaveProposal", [(420, 200), (470, 200)])
m.service_task("Task_SaveProposal", "Save agreement proposal", (520, 200), "saveAgreementProposal")
m.flow("Flow_ToMailProposal", "Task_SaveProposal", "Task_MailProposal", [(570, 200), (620, 200)])
m.mail_task("Task_MailProposal", "Ask mentor to approve", (670, 200), "agreement-to-approve", "mentor")
m.flow("Flow_ToApprove", "Task_MailProposal", "Task_ApproveAgreement", [(720, 200), (770, 200)])
m.user_task("Task_ApproveAgreement", "Approve mentorship agreement", (820, 200), "${mentorId}", "approve-mentorship-agreement",
            "Read the agreement your mentee wrote. Approve it to start the mentorship officially, or ask for changes.",
            listeners=[("clearPreviousAnswers", "create"), ("showAgreement", "create"), ("checkAnswers", "complete")])
m.flow("Flow_ToApproved", "Task_ApproveAgreement", "Gateway_AgreementApproved", [(870, 200), (920, 200)])
m.gateway("Gateway_AgreementApproved", "Agreement approved?", (945, 200))

m.flow("Flow_AgreementApproved", "Gateway_AgreementApproved", "Task_StartMentorship", [(970, 200), (1020, 200)],
       name="yes", condition="${agreementDecision == 'approve'}")
m.service_task("Task_StartMentorship", "Start mentorship officially", (1070, 200), "recordAgreementDecision",
               {"outcome": "APPROVED"})
m.flow("Flow_ToAgreementCredits", "Task_StartMentorship", "Task_AwardAgreementCredits", [(1120, 200), (1170, 200)])
m.service_task("Task_AwardAgreementCredits", "Award agreement credits", (1220, 200), "awardCredits",
               {"event": "AGREEMENT_APPROVED", "to": "mentee,mentor"})
m.flow("Flow_ToMailStarted", "Task_AwardAgreementCredits", "Task_MailStarted", [(1270, 200), (1320, 200)])
m.mail_task("Task_MailStarted", "Mail both: mentorship started", (1370, 200), "mentorship-started", "mentee,mentor")
m.flow("Flow_ToStarted", "Task_MailStarted", "EndEvent_MentorshipStarted", [(1420, 200), (1472, 200)])
m.end("EndEvent_MentorshipStarted", "Mentorship started", (1490, 200))

m.flow("Flow_ChangesRequested", "Gateway_AgreementApproved", "Task_RecordChangeRequest", [(945, 225), (945, 430), (920, 430)],
       name="changes", condition="${agreementDecision == 'changes'}")
m.service_task("Task_RecordChangeRequest", "Record change request", (870, 430), "recordAgreementDecision",
               {"outcome": "CHANGES_REQUESTED"})
m.flow("Flow_ToMailChanges", "Task_RecordChangeRequest", "Task_MailChanges", [(820, 430), (770, 430)])
m.mail_task("Task_MailChanges", "Tell mentee what to change", (720, 430), "agreement-changes-requested", "mentee")
m.flow("Flow_BackToWrite", "Task_MailChanges", "Gateway_WriteAgain", [(670, 430), (255, 430), (255, 225)])

m.write("tools/agreement_bpmn.py")
