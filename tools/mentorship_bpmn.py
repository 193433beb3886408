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
m.open_subprocess("SubProcess_MentorshipRunning", "Mentorship running", (1920, 455), (960, 750))
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

# inactivity: a confirmed meeting or an agreement change restarts the clock
m.flow("Flow_ToWatchActivity", "Gateway_RunningSplit", "Gateway_WatchActivity", [(1545, 225), (1545, 600), (1590, 600)])
m.gateway("Gateway_WatchActivity", "Watch activity", (1615, 600))
m.flow("Flow_ToFirstPeriod", "Gateway_WatchActivity", "EventGateway_FirstPeriod", [(1640, 600), (1675, 600)])
m.event_gateway("EventGateway_FirstPeriod", "Activity in time?", (1700, 600))
m.flow("Flow_ToActivity", "EventGateway_FirstPeriod", "Message_Activity", [(1700, 575), (1700, 530), (1772, 530)])
m.message_catch("Message_Activity", "Meeting held or agreement changed", (1790, 530), "MentorshipActivity")
m.flow("Flow_ActivityRestarts", "Message_Activity", "Gateway_WatchActivity", [(1790, 512), (1790, 505), (1615, 505), (1615, 575)])
m.flow("Flow_ToFirstSilence", "EventGateway_FirstPeriod", "Timer_FirstSilence", [(1725, 600), (1772, 600)])
m.timer_wait("Timer_FirstSilence", "No activity for a period", (1790, 600), "${inactivityAfter}")
m.flow("Flow_ToNudge", "Timer_FirstSilence", "Task_MailNudge", [(1808, 600), (1850, 600)])
m.mail_task("Task_MailNudge", "Nudge both and ask for feedback", (1900, 600), "inactivity-nudge", "mentee,mentor",
            feedback="INACTIVITY")
m.flow("Flow_ToSecondPeriod", "Task_MailNudge", "EventGateway_SecondPeriod", [(1950, 600), (1985, 600)])
m.event_gateway("EventGateway_SecondPeriod", "Activity now?", (2010, 600))
m.flow("Flow_ToLateActivity", "EventGateway_SecondPeriod", "Message_LateActivity", [(2010, 575), (2010, 530), (2082, 530)])
m.message_catch("Message_LateActivity", "Meeting held or agreement changed", (2100, 530), "MentorshipActivity")
m.flow("Flow_LateActivityRestarts", "Message_LateActivity", "Gateway_WatchActivity", [(2100, 512), (2100, 505), (1615, 505), (1615, 575)])
m.flow("Flow_ToSecondSilence", "EventGateway_SecondPeriod", "Timer_SecondSilence", [(2035, 600), (2082, 600)])
m.timer_wait("Timer_SecondSilence", "No activity for another period", (2100, 600), "${inactivityAfter}")
m.flow("Flow_ToCheckInactive", "Timer_SecondSilence", "Task_CheckInactive", [(2118, 600), (2160, 600)])
m.user_task("Task_CheckInactive", "Check on inactive mentorship", (2210, 600), None, "check-inactive-mentorship",
            "Nothing has happened in this mentorship for two periods. Contact both, give them more time, or close it.",
            listeners=[("showMentorshipToCoordinator", "create"), ("checkAnswers", "complete"), ("recordCoordinatorDecision", "complete")],
            candidate_groups="coordinators")
m.flow("Flow_ToKeepRunning", "Task_CheckInactive", "Gateway_KeepRunning", [(2260, 600), (2295, 600)])
m.gateway("Gateway_KeepRunning", "Keep it running?", (2320, 600))
m.flow("Flow_KeepRunning", "Gateway_KeepRunning", "Gateway_WatchActivity", [(2320, 575), (2320, 505), (1615, 505), (1615, 575)],
       name="contacted or extended", condition="${inactiveDecision != 'close'}")
m.flow("Flow_CloseInactive", "Gateway_KeepRunning", "EndEvent_MentorshipClosed", [(2320, 625), (2320, 682)],
       name="close", condition="${inactiveDecision == 'close'}")
m.error_end("EndEvent_MentorshipClosed", "Mentorship closed", (2320, 700), "MentorshipClosed")

# the planned end date: ask both to finish or extend; an agreement change moves the date
m.flow("Flow_ToWatchEnd", "Gateway_RunningSplit", "Gateway_WatchEnd", [(1545, 225), (1545, 760), (1590, 760)])
m.gateway("Gateway_WatchEnd", "Watch end date", (1615, 760))
m.flow("Flow_ToEndOrChange", "Gateway_WatchEnd", "EventGateway_EndOrChange", [(1640, 760), (1675, 760)])
m.event_gateway("EventGateway_EndOrChange", "End date or change?", (1700, 760))
m.flow("Flow_ToEndDate", "EventGateway_EndOrChange", "Timer_EndDate", [(1725, 760), (1772, 760)])
m.timer_catch("Timer_EndDate", "Planned end date reached", (1790, 760), "${mentorshipDates.plannedEnd(mentorshipId)}")
m.flow("Flow_ToMailEndDate", "Timer_EndDate", "Task_MailEndDate", [(1808, 760), (1850, 760)])
m.mail_task("Task_MailEndDate", "Ask both to finish or extend", (1900, 760), "end-date-reached", "mentee,mentor")
m.flow("Flow_ToChangedAfterEnd", "Task_MailEndDate", "Message_ChangedAfterEnd", [(1950, 760), (1992, 760)])
m.message_catch("Message_ChangedAfterEnd", "Agreement changed", (2010, 760), "AgreementChanged")
m.flow("Flow_ChangedAfterEnd", "Message_ChangedAfterEnd", "Gateway_WatchEnd", [(2010, 778), (2010, 800), (1615, 800), (1615, 785)])
m.flow("Flow_ToChanged", "EventGateway_EndOrChange", "Message_Changed", [(1700, 735), (1700, 690), (1772, 690)])
m.message_catch("Message_Changed", "Agreement changed", (1790, 690), "AgreementChanged")
m.flow("Flow_ChangedBeforeEnd", "Message_Changed", "Gateway_WatchEnd", [(1790, 672), (1790, 660), (1615, 660), (1615, 735)])
m.close_subprocess()

# a coordinator closed the inactive mentorship
m.error_boundary("Error_MentorshipClosed", "Closed by coordinator", "SubProcess_MentorshipRunning", (2200, 830), "MentorshipClosed")
m.flow("Flow_ToMarkClosed", "Error_MentorshipClosed", "Task_MarkClosed", [(2200, 848), (2200, 940), (2250, 940)])
m.service_task("Task_MarkClosed", "Mark mentorship cancelled", (2300, 940), "recordCancellation",
               {"cancelledBy": "${closedBy}", "cancelReason": "${coordinatorNote}"})
m.flow("Flow_ToCancelMeetingsOnClose", "Task_MarkClosed", "Task_CancelMeetingsOnClose", [(2350, 940), (2380, 940)])
m.service_task("Task_CancelMeetingsOnClose", "Cancel open meetings", (2430, 940), "cancelOpenMeetings")
m.flow("Flow_ToMailClosed", "Task_CancelMeetingsOnClose", "Task_MailClosed", [(2480, 940), (2510, 940)])
m.mail_task("Task_MailClosed", "Tell both it was closed", (2560, 940), "mentorship-closed", "mentee,mentor")
m.flow("Flow_ToClosed", "Task_MailClosed", "EndEvent_MentorshipClosedByCoordinator", [(2610, 940), (2652, 940)])
m.end("EndEvent_MentorshipClosedByCoordinator", "Mentorship closed", (2670, 940))

m.flow("Flow_ToMarkCompleted", "SubProcess_MentorshipRunning", "Task_MarkCompleted", [(2400, 200), (2440, 200)])
m.service_task("Task_MarkCompleted", "Mark mentorship completed", (2490, 200), "completeMentorship")
m.flow("Flow_ToCompletionCredits", "Task_MarkCompleted", "Task_AwardCompletionCredits", [(2540, 200), (2570, 200)])
m.service_task("Task_AwardCompletionCredits", "Award completion credits", (2620, 200), "awardCredits",
               {"event": "MENTORSHIP_COMPLETED", "to": "mentee,mentor"})
m.flow("Flow_ToIssueCertificates", "Task_AwardCompletionCredits", "Task_IssueCertificates", [(2670, 200), (2700, 200)])
m.service_task("Task_IssueCertificates", "Issue certificates", (2750, 200), "issueCertificates", outside_world=True)
m.flow("Flow_ToMailCompleted", "Task_IssueCertificates", "Task_MailCompleted", [(2800, 200), (2830, 200)])
m.mail_task("Task_MailCompleted", "Mail both their certificate", (2880, 200), "mentorship-completed", "mentee,mentor",
            attach="certificate")
m.flow("Flow_ToMentorshipCompleted", "Task_MailCompleted", "EndEvent_MentorshipCompleted", [(2930, 200), (2982, 200)])
m.end("EndEvent_MentorshipCompleted", "Mentorship completed", (3000, 200))

# --- either side cancels, at any stage -------------------------------------------------------------
m.open_subprocess("SubProcess_MentorshipCancelled", "Cancel mentorship", (1185, 1060), (610, 130), triggered_by_event=True)
m.start("StartEvent_MentorshipCancelled", "Mentorship cancelled", (940, 1060), message="MentorshipCancelled")
m.flow("Flow_ToMarkCancelled", "StartEvent_MentorshipCancelled", "Task_MarkCancelled", [(958, 1060), (1000, 1060)])
m.service_task("Task_MarkCancelled", "Mark mentorship cancelled", (1050, 1060), "recordCancellation")
m.flow("Flow_ToCancelMeetings", "Task_MarkCancelled", "Task_CancelOpenMeetings", [(1100, 1060), (1130, 1060)])
m.service_task("Task_CancelOpenMeetings", "Cancel open meetings", (1180, 1060), "cancelOpenMeetings")
m.flow("Flow_ToMailCancelled", "Task_CancelOpenMeetings", "Task_MailCancelled", [(1230, 1060), (1260, 1060)])
m.mail_task("Task_MailCancelled", "Tell the other side", (1310, 1060), "mentorship-cancelled", "${cancelledBy == menteeId ? 'mentor' : 'mentee'}")
m.flow("Flow_ToCancelled", "Task_MailCancelled", "EndEvent_MentorshipCancelled", [(1360, 1060), (1412, 1060)])
m.end("EndEvent_MentorshipCancelled", "Mentorship cancelled", (1430, 1060))
m.close_subprocess()

m.write("tools/mentorship_bpmn.py")
