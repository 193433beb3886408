"""Generates processes/mentorship.bpmn (model and layout). Run: python3 tools/mentorship_bpmn.py

Happy path on one line (y = 200) from request to completion; exceptions hang below it.
"""
from bpmn_layout import Model

m = Model("mentorship", "Mentorship", "One mentorship from the mentee's request to its end. The mentorship id is the business key.")

m.start("StartEvent_MentorshipRequested", "Mentorship requested", (180, 200))
m.flow("Flow_ToRequestStage", "StartEvent_MentorshipRequested", "SubProcess_RequestStage", [(198, 200), (250, 200)])

# --- the request stage: while it runs, the mentee may withdraw and the request may expire ----------
m.open_subprocess("SubProcess_RequestStage", "Mentor answers the request", (550, 220), (600, 280))
m.start("StartEvent_RequestStageStarted", "Request sent", (300, 200))
m.flow("Flow_ToMailRequest", "StartEvent_RequestStageStarted", "Task_MailRequestToMentor", [(318, 200), (360, 200)])
m.mail_task("Task_MailRequestToMentor", "Mail request to mentor", (410, 200), "request-received", "mentor")
m.flow("Flow_ToReview", "Task_MailRequestToMentor", "Task_ReviewRequest", [(460, 200), (520, 200)])
m.user_task("Task_ReviewRequest", "Review mentorship request", (570, 200), "${mentorId}", "review-mentorship-request",
            "Read the mentee's application, then accept or decline. On decline the mentee receives your message.",
            listeners=[("showApplication", "create"), ("checkAnswers", "complete")], due="${requestExpiresAfter}")
m.flow("Flow_ToRequestAnswered", "Task_ReviewRequest", "EndEvent_RequestAnswered", [(620, 200), (682, 200)])
m.end("EndEvent_RequestAnswered", "Request answered", (700, 200))
m.timer_boundary("Timer_RemindMentor", "Reminder due", "Task_ReviewRequest", (570, 240),
                 cycle="${requestReminderCycle}", interrupting=False)
m.flow("Flow_ToRemindMentor", "Timer_RemindMentor", "Task_RemindMentor", [(570, 258), (570, 310), (620, 310)])
m.mail_task("Task_RemindMentor", "Remind mentor", (670, 310), "request-reminder", "mentor")
m.flow("Flow_ToMentorReminded", "Task_RemindMentor", "EndEvent_MentorReminded", [(720, 310), (762, 310)])
m.end("EndEvent_MentorReminded", "Mentor reminded", (780, 310))
m.close_subprocess()

m.timer_boundary("Timer_RequestExpires", "Request expired", "SubProcess_RequestStage", (480, 360),
                 duration="${requestExpiresAfter}")
m.flow("Flow_ToMarkExpired", "Timer_RequestExpires", "Task_MarkRequestExpired", [(480, 378), (480, 450), (520, 450)])
m.service_task("Task_MarkRequestExpired", "Mark request expired", (570, 450), "recordRequestOutcome", {"outcome": "EXPIRED"})
m.flow("Flow_ToMailExpired", "Task_MarkRequestExpired", "Task_MailRequestExpired", [(620, 450), (670, 450)])
m.mail_task("Task_MailRequestExpired", "Tell mentee the request expired", (720, 450), "request-expired", "mentee")
m.flow("Flow_ToRequestExpired", "Task_MailRequestExpired", "EndEvent_RequestExpired", [(770, 450), (822, 450)])
m.end("EndEvent_RequestExpired", "Request expired", (840, 450))

m.message_boundary("Message_RequestWithdrawn", "Request withdrawn", "SubProcess_RequestStage", (330, 360), "RequestWithdrawn")
m.flow("Flow_ToMarkWithdrawn", "Message_RequestWithdrawn", "Task_MarkRequestWithdrawn", [(330, 378), (330, 570), (370, 570)])
m.service_task("Task_MarkRequestWithdrawn", "Mark request withdrawn", (420, 570), "recordRequestOutcome", {"outcome": "WITHDRAWN"})
m.flow("Flow_ToMailWithdrawn", "Task_MarkRequestWithdrawn", "Task_MailRequestWithdrawn", [(470, 570), (520, 570)])
m.mail_task("Task_MailRequestWithdrawn", "Tell mentor the request was withdrawn", (570, 570), "request-withdrawn", "mentor")
m.flow("Flow_ToRequestWithdrawn", "Task_MailRequestWithdrawn", "EndEvent_RequestWithdrawn", [(620, 570), (672, 570)])
m.end("EndEvent_RequestWithdrawn", "Request withdrawn", (690, 570))

# --- the mentor's answer -------------------------------------------------------------------------
m.flow("Flow_RequestAnswered", "SubProcess_RequestStage", "Gateway_RequestAccepted", [(850, 200), (880, 200)])
m.gateway("Gateway_RequestAccepted", "Request accepted?", (905, 200))
m.flow("Flow_RequestAccepted", "Gateway_RequestAccepted", "Task_MarkMentorshipAccepted", [(930, 200), (980, 200)],
       name="yes", condition="${decision == 'accept'}")
m.service_task("Task_MarkMentorshipAccepted", "Mark mentorship accepted", (1030, 200), "recordRequestOutcome", {"outcome": "ACCEPTED"})
m.flow("Flow_ToMailContacts", "Task_MarkMentorshipAccepted", "Task_MailContactDetails", [(1080, 200), (1130, 200)])
m.mail_task("Task_MailContactDetails", "Mail contact details to both", (1180, 200), "contact-details", "mentee,mentor")

m.flow("Flow_RequestDeclined", "Gateway_RequestAccepted", "Task_MarkRequestDeclined", [(905, 225), (905, 310), (980, 310)],
       name="no", condition="${decision == 'decline'}")
m.service_task("Task_MarkRequestDeclined", "Mark request declined", (1030, 310), "recordRequestOutcome", {"outcome": "DECLINED"})
m.flow("Flow_ToMailDecline", "Task_MarkRequestDeclined", "Task_MailDecline", [(1080, 310), (1130, 310)])
m.mail_task("Task_MailDecline", "Send mentor's answer to mentee", (1180, 310), "request-declined", "mentee")
m.flow("Flow_ToRequestDeclined", "Task_MailDecline", "EndEvent_RequestDeclined", [(1230, 310), (1282, 310)])
m.end("EndEvent_RequestDeclined", "Request declined", (1300, 310))

# --- agreement: its own model, called here --------------------------------------------------------
m.flow("Flow_ToAgreement", "Task_MailContactDetails", "CallActivity_AgreeOnMentorship", [(1230, 200), (1290, 200)])
m.call_activity("CallActivity_AgreeOnMentorship", "Agree on the mentorship", (1340, 200), "agreement",
                ["mentorshipId", "menteeId", "mentorId", "agreementReminderCycle"])
m.flow("Flow_ToRunning", "CallActivity_AgreeOnMentorship", "SubProcess_MentorshipRunning", [(1390, 200), (1440, 200)])

# --- the running mentorship, until both agree it is complete ---------------------------------------
m.open_subprocess("SubProcess_MentorshipRunning", "Mentorship running", (1790, 220), (700, 280))
m.start("StartEvent_MentorshipRunning", "Mentorship started", (1480, 200))
m.flow("Flow_ToFinishMerge", "StartEvent_MentorshipRunning", "Gateway_FinishAgain", [(1498, 200), (1530, 200)])
m.gateway("Gateway_FinishAgain", "Finish mentorship", (1555, 200))
m.flow("Flow_ToFinish", "Gateway_FinishAgain", "Task_FinishMentorship", [(1580, 200), (1610, 200)])
m.user_task("Task_FinishMentorship", "Finish mentorship", (1660, 200), "${menteeId}", "finish-mentorship",
            "When your final meeting has taken place, ask your mentor to confirm that the mentorship is complete.",
            listeners=[("clearPreviousAnswers", "create"), ("checkAnswers", "complete")])
m.flow("Flow_ToMailConfirmCompletion", "Task_FinishMentorship", "Task_MailConfirmCompletion", [(1710, 200), (1730, 200)])
m.mail_task("Task_MailConfirmCompletion", "Ask mentor to confirm", (1780, 200), "completion-to-confirm", "mentor")
m.flow("Flow_ToConfirmCompletion", "Task_MailConfirmCompletion", "Task_ConfirmCompletion", [(1830, 200), (1850, 200)])
m.user_task("Task_ConfirmCompletion", "Confirm completion", (1900, 200), "${mentorId}", "confirm-completion",
            "Your mentee says the final meeting has taken place. Confirm that the mentorship is complete, or say what is still open.",
            listeners=[("clearPreviousAnswers", "create"), ("checkAnswers", "complete")])
m.flow("Flow_ToCompletionConfirmed", "Task_ConfirmCompletion", "Gateway_CompletionConfirmed", [(1950, 200), (1990, 200)])
m.gateway("Gateway_CompletionConfirmed", "Completion confirmed?", (2015, 200))
m.flow("Flow_CompletionConfirmed", "Gateway_CompletionConfirmed", "EndEvent_CompletionAgreed", [(2040, 200), (2082, 200)],
       name="yes", condition="${completionConfirmed == 'yes'}")
m.end("EndEvent_CompletionAgreed", "Completion agreed", (2100, 200))
m.flow("Flow_CompletionNotYet", "Gateway_CompletionConfirmed", "Task_MailCompletionNotYet", [(2015, 225), (2015, 310), (1950, 310)],
       name="not yet", condition="${completionConfirmed == 'no'}")
m.mail_task("Task_MailCompletionNotYet", "Tell mentee what is still open", (1900, 310), "completion-not-yet", "mentee")
m.flow("Flow_BackToFinish", "Task_MailCompletionNotYet", "Gateway_FinishAgain", [(1850, 310), (1555, 310), (1555, 225)])
m.close_subprocess()

m.flow("Flow_ToMarkCompleted", "SubProcess_MentorshipRunning", "Task_MarkCompleted", [(2140, 200), (2180, 200)])
m.service_task("Task_MarkCompleted", "Mark mentorship completed", (2230, 200), "completeMentorship")
m.flow("Flow_ToMailCompleted", "Task_MarkCompleted", "Task_MailCompleted", [(2280, 200), (2330, 200)])
m.mail_task("Task_MailCompleted", "Mail both: mentorship completed", (2380, 200), "mentorship-completed", "mentee,mentor")
m.flow("Flow_ToMentorshipCompleted", "Task_MailCompleted", "EndEvent_MentorshipCompleted", [(2430, 200), (2482, 200)])
m.end("EndEvent_MentorshipCompleted", "Mentorship completed", (2500, 200))

# --- either side cancels, at any stage -------------------------------------------------------------
m.open_subprocess("SubProcess_MentorshipCancelled", "Cancel mentorship", (1120, 700), (480, 130), triggered_by_event=True)
m.start("StartEvent_MentorshipCancelled", "Mentorship cancelled", (940, 700), message="MentorshipCancelled")
m.flow("Flow_ToMarkCancelled", "StartEvent_MentorshipCancelled", "Task_MarkCancelled", [(958, 700), (1000, 700)])
m.service_task("Task_MarkCancelled", "Mark mentorship cancelled", (1050, 700), "recordCancellation")
m.flow("Flow_ToMailCancelled", "Task_MarkCancelled", "Task_MailCancelled", [(1100, 700), (1140, 700)])
m.mail_task("Task_MailCancelled", "Tell the other side", (1190, 700), "mentorship-cancelled", "${cancelledBy == menteeId ? 'mentor' : 'mentee'}")
m.flow("Flow_ToCancelled", "Task_MailCancelled", "EndEvent_MentorshipCancelled", [(1240, 700), (1282, 700)])
m.end("EndEvent_MentorshipCancelled", "Mentorship cancelled", (1300, 700))
m.close_subprocess()

m.write("tools/mentorship_bpmn.py")
