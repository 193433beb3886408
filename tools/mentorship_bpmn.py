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

# --- the running mentorship: meetings as often as wanted, until both agree it is complete -----------
m.open_subprocess("SubProcess_MentorshipRunning", "Mentorship running", (1840, 290), (800, 420))
m.start("StartEvent_MentorshipRunning", "Mentorship started", (1480, 200))
m.flow("Flow_ToRunningSplit", "StartEvent_MentorshipRunning", "Gateway_RunningSplit", [(1498, 200), (1520, 200)])
m.parallel("Gateway_RunningSplit", "Meet and finish", (1545, 200))
m.flow("Flow_ToFinishMerge", "Gateway_RunningSplit", "Gateway_FinishAgain", [(1570, 200), (1590, 200)])
m.gateway("Gateway_FinishAgain", "Finish mentorship", (1615, 200))
m.flow("Flow_ToFinish", "Gateway_FinishAgain", "Task_FinishMentorship", [(1640, 200), (1660, 200)])
m.user_task("Task_FinishMentorship", "Finish mentorship", (1710, 200), "${menteeId}", "finish-mentorship",
            "When your final meeting has taken place, ask your mentor to confirm that the mentorship is complete.",
            listeners=[("clearPreviousAnswers", "create"), ("checkAnswers", "complete")])
m.flow("Flow_ToMailConfirmCompletion", "Task_FinishMentorship", "Task_MailConfirmCompletion", [(1760, 200), (1790, 200)])
m.mail_task("Task_MailConfirmCompletion", "Ask mentor to confirm", (1840, 200), "completion-to-confirm", "mentor")
m.flow("Flow_ToConfirmCompletion", "Task_MailConfirmCompletion", "Task_ConfirmCompletion", [(1890, 200), (1920, 200)])
m.user_task("Task_ConfirmCompletion", "Confirm completion", (1970, 200), "${mentorId}", "confirm-completion",
            "Your mentee says the final meeting has taken place. Confirm that the mentorship is complete, or say what is still open.",
            listeners=[("clearPreviousAnswers", "create"), ("checkAnswers", "complete")])
m.flow("Flow_ToCompletionConfirmed", "Task_ConfirmCompletion", "Gateway_CompletionConfirmed", [(2020, 200), (2055, 200)])
m.gateway("Gateway_CompletionConfirmed", "Completion confirmed?", (2080, 200))
m.flow("Flow_CompletionConfirmed", "Gateway_CompletionConfirmed", "EndEvent_CompletionAgreed", [(2105, 200), (2162, 200)],
       name="yes", condition="${completionConfirmed == 'yes'}")
m.end("EndEvent_CompletionAgreed", "Completion agreed", (2180, 200), terminate=True)
m.flow("Flow_CompletionNotYet", "Gateway_CompletionConfirmed", "Task_MailCompletionNotYet", [(2080, 225), (2080, 310), (2020, 310)],
       name="not yet", condition="${completionConfirmed == 'no'}")
m.mail_task("Task_MailCompletionNotYet", "Tell mentee what is still open", (1970, 310), "completion-not-yet", "mentee")
m.flow("Flow_BackToFinish", "Task_MailCompletionNotYet", "Gateway_FinishAgain", [(1920, 310), (1615, 310), (1615, 225)])

m.flow("Flow_ToProposeMerge", "Gateway_RunningSplit", "Gateway_ProposeAgain", [(1545, 225), (1545, 420), (1590, 420)])
m.gateway("Gateway_ProposeAgain", "Plan meetings", (1615, 420))
m.flow("Flow_ToProposeMeeting", "Gateway_ProposeAgain", "Task_ProposeMeeting", [(1640, 420), (1660, 420)])
m.user_task("Task_ProposeMeeting", "Propose a meeting", (1710, 420), "${menteeId}", "propose-meeting",
            "Propose your next meeting: when, how long and where. Your mentor approves it or offers another time.",
            listeners=[("checkAnswers", "complete")])
m.flow("Flow_ToStartMeeting", "Task_ProposeMeeting", "Task_StartMeeting", [(1760, 420), (1790, 420)])
m.service_task("Task_StartMeeting", "Start meeting", (1840, 420), "startMeeting")
m.flow("Flow_BackToPropose", "Task_StartMeeting", "Gateway_ProposeAgain", [(1840, 460), (1840, 480), (1615, 480), (1615, 445)])
m.close_subprocess()

m.flow("Flow_ToMarkCompleted", "SubProcess_MentorshipRunning", "Task_MarkCompleted", [(2240, 200), (2280, 200)])
m.service_task("Task_MarkCompleted", "Mark mentorship completed", (2330, 200), "completeMentorship")
m.flow("Flow_ToMailCompleted", "Task_MarkCompleted", "Task_MailCompleted", [(2380, 200), (2430, 200)])
m.mail_task("Task_MailCompleted", "Mail both: mentorship completed", (2480, 200), "mentorship-completed", "mentee,mentor")
m.flow("Flow_ToMentorshipCompleted", "Task_MailCompleted", "EndEvent_MentorshipCompleted", [(2530, 200), (2582, 200)])
m.end("EndEvent_MentorshipCompleted", "Mentorship completed", (2600, 200))

# --- either side cancels, at any stage -------------------------------------------------------------
m.open_subprocess("SubProcess_MentorshipCancelled", "Cancel mentorship", (1185, 700), (610, 130), triggered_by_event=True)
m.start("StartEvent_MentorshipCancelled", "Mentorship cancelled", (940, 700), message="MentorshipCancelled")
m.flow("Flow_ToMarkCancelled", "StartEvent_MentorshipCancelled", "Task_MarkCancelled", [(958, 700), (1000, 700)])
m.service_task("Task_MarkCancelled", "Mark mentorship cancelled", (1050, 700), "recordCancellation")
m.flow("Flow_ToCancelMeetings", "Task_MarkCancelled", "Task_CancelOpenMeetings", [(1100, 700), (1130, 700)])
m.service_task("Task_CancelOpenMeetings", "Cancel open meetings", (1180, 700), "cancelOpenMeetings")
m.flow("Flow_ToMailCancelled", "Task_CancelOpenMeetings", "Task_MailCancelled", [(1230, 700), (1260, 700)])
m.mail_task("Task_MailCancelled", "Tell the other side", (1310, 700), "mentorship-cancelled", "${cancelledBy == menteeId ? 'mentor' : 'mentee'}")
m.flow("Flow_ToCancelled", "Task_MailCancelled", "EndEvent_MentorshipCancelled", [(1360, 700), (1412, 700)])
m.end("EndEvent_MentorshipCancelled", "Mentorship cancelled", (1430, 700))
m.close_subprocess()

m.write("tools/mentorship_bpmn.py")
