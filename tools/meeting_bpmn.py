"""Generates processes/meeting.bpmn (model and layout). Run: python3 tools/meeting_bpmn.py

One meeting: the mentor approves the proposed time or offers another, both get a calendar invitation,
and after the meeting both say whether it took place. Only a meeting both confirm counts.
"""
from bpmn_layout import Model

m = Model("meeting", "Mentoring meeting",
          "One meeting of a running mentorship, from proposal to both confirmations. "
          "The business key is the mentorship id; meetingId names the meeting.")

m.start("StartEvent_MeetingProposed", "Meeting proposed", (180, 200))
m.flow("Flow_ToProposeMerge", "StartEvent_MeetingProposed", "Gateway_ProposedAgain", [(198, 200), (225, 200)])
m.gateway("Gateway_ProposedAgain", "Time proposed", (250, 200))
m.flow("Flow_ToMailProposal", "Gateway_ProposedAgain", "Task_MailMeetingProposal", [(275, 200), (310, 200)])
m.mail_task("Task_MailMeetingProposal", "Ask mentor to approve the time", (360, 200), "meeting-proposed", "mentor")
m.flow("Flow_ToApproveMeeting", "Task_MailMeetingProposal", "Task_ApproveMeeting", [(410, 200), (450, 200)])
m.user_task("Task_ApproveMeeting", "Approve meeting", (500, 200), "${mentorId}", "approve-meeting",
            "Your mentee proposes this meeting. Approve the time, or offer another one.",
            listeners=[("clearPreviousAnswers", "create"), ("showMeeting", "create"), ("checkAnswers", "complete"),
                       ("rescheduleMeeting", "complete")])
m.flow("Flow_ToTimeApproved", "Task_ApproveMeeting", "Gateway_TimeApproved", [(550, 200), (595, 200)])
m.gateway("Gateway_TimeApproved", "Time approved?", (620, 200))
m.flow("Flow_TimeApproved", "Gateway_TimeApproved", "Gateway_TimeAgreed", [(645, 200), (675, 200)],
       name="yes", condition="${meetingTimeDecision == 'approve'}")
m.gateway("Gateway_TimeAgreed", "Time agreed", (700, 200))
m.flow("Flow_ToSchedule", "Gateway_TimeAgreed", "Task_ScheduleMeeting", [(725, 200), (750, 200)])
m.service_task("Task_ScheduleMeeting", "Schedule meeting", (800, 200), "scheduleMeeting")
m.flow("Flow_ToInvitations", "Task_ScheduleMeeting", "Task_MailInvitations", [(850, 200), (880, 200)])
m.mail_task("Task_MailInvitations", "Send calendar invitations", (930, 200), "meeting-invitation", "mentee,mentor",
            attach="calendarInvitation")
m.flow("Flow_ToMeetingOver", "Task_MailInvitations", "Timer_MeetingOver", [(980, 200), (1012, 200)])
m.timer_catch("Timer_MeetingOver", "Meeting time passed", (1030, 200), "${meetingEndsAt}")
m.flow("Flow_ToAskBoth", "Timer_MeetingOver", "Gateway_AskBoth", [(1048, 200), (1075, 200)])
m.parallel("Gateway_AskBoth", "Ask both", (1100, 200))
m.flow("Flow_ToConfirmMentee", "Gateway_AskBoth", "Task_ConfirmMeetingMentee", [(1100, 175), (1100, 110), (1160, 110)])
m.user_task("Task_ConfirmMeetingMentee", "Confirm meeting took place (mentee)", (1210, 110), "${menteeId}", "confirm-meeting-mentee",
            "Did the meeting take place? Only meetings both of you confirm count.",
            listeners=[("showMeeting", "create"), ("checkAnswers", "complete")])
m.flow("Flow_ToConfirmMentor", "Gateway_AskBoth", "Task_ConfirmMeetingMentor", [(1100, 225), (1100, 290), (1160, 290)])
m.user_task("Task_ConfirmMeetingMentor", "Confirm meeting took place (mentor)", (1210, 290), "${mentorId}", "confirm-meeting-mentor",
            "Did the meeting take place? Only meetings both of you confirm count.",
            listeners=[("showMeeting", "create"), ("checkAnswers", "complete")])
m.flow("Flow_MenteeAnswered", "Task_ConfirmMeetingMentee", "Gateway_BothAnswered", [(1260, 110), (1320, 110), (1320, 175)])
m.flow("Flow_MentorAnswered", "Task_ConfirmMeetingMentor", "Gateway_BothAnswered", [(1260, 290), (1320, 290), (1320, 225)])
m.parallel("Gateway_BothAnswered", "Both answered", (1320, 200))
m.flow("Flow_ToRecordOutcome", "Gateway_BothAnswered", "Task_RecordMeetingOutcome", [(1345, 200), (1380, 200)])
m.service_task("Task_RecordMeetingOutcome", "Record whether it took place", (1430, 200), "recordMeetingOutcome")
m.flow("Flow_ToHeldByBoth", "Task_RecordMeetingOutcome", "Gateway_HeldByBoth", [(1480, 200), (1515, 200)])
m.gateway("Gateway_HeldByBoth", "Held, say both?", (1540, 200))
m.flow("Flow_HeldByBoth", "Gateway_HeldByBoth", "Task_ReportActivity", [(1565, 200), (1610, 200)],
       name="yes", condition="${heldByBoth}")
m.service_task("Task_ReportActivity", "Restart inactivity clock", (1660, 200), "reportActivity")
m.flow("Flow_ToMeetingCredits", "Task_ReportActivity", "Task_AwardMeetingCredits", [(1710, 200), (1740, 200)])
m.service_task("Task_AwardMeetingCredits", "Award meeting credits", (1790, 200), "awardCredits",
               {"event": "MEETING_CONFIRMED", "to": "mentee,mentor"})
m.flow("Flow_ToMailFeedback", "Task_AwardMeetingCredits", "Task_MailFeedbackRequest", [(1840, 200), (1870, 200)])
m.mail_task("Task_MailFeedbackRequest", "Ask both for feedback", (1920, 200), "meeting-feedback", "mentee,mentor",
            feedback="MEETING_HELD")
m.flow("Flow_ToMeetingHeld", "Task_MailFeedbackRequest", "EndEvent_MeetingHeld", [(1970, 200), (2012, 200)])
m.end("EndEvent_MeetingHeld", "Meeting held", (2030, 200))
m.flow("Flow_NotHeld", "Gateway_HeldByBoth", "EndEvent_MeetingNotHeld", [(1540, 225), (1540, 312)],
       name="no", condition="${!heldByBoth}")
m.end("EndEvent_MeetingNotHeld", "Meeting not held", (1540, 330))

# another time: the mentor offers one, the mentee accepts it or offers yet another
m.flow("Flow_OtherTime", "Gateway_TimeApproved", "Task_MailOtherTime", [(620, 225), (620, 400), (650, 400)],
       name="other time", condition="${meetingTimeDecision == 'other'}")
m.mail_task("Task_MailOtherTime", "Tell mentee the other time", (700, 400), "meeting-other-time", "mentee")
m.flow("Flow_ToAcceptOtherTime", "Task_MailOtherTime", "Task_AcceptOtherTime", [(750, 400), (790, 400)])
m.user_task("Task_AcceptOtherTime", "Accept other time", (840, 400), "${menteeId}", "accept-meeting-time",
            "Your mentor offers another time for the meeting. Accept it, or offer yet another.",
            listeners=[("clearPreviousAnswers", "create"), ("showMeeting", "create"), ("checkAnswers", "complete"),
                       ("rescheduleMeeting", "complete")])
m.flow("Flow_ToOtherTimeAccepted", "Task_AcceptOtherTime", "Gateway_OtherTimeAccepted", [(890, 400), (935, 400)])
m.gateway("Gateway_OtherTimeAccepted", "Other time accepted?", (960, 400))
m.flow("Flow_OtherTimeAccepted", "Gateway_OtherTimeAccepted", "Gateway_TimeAgreed", [(960, 375), (960, 320), (700, 320), (700, 225)],
       name="yes", condition="${meetingTimeDecision == 'accept'}")
m.flow("Flow_YetAnotherTime", "Gateway_OtherTimeAccepted", "Gateway_ProposedAgain", [(960, 425), (960, 480), (250, 480), (250, 225)],
       name="another time", condition="${meetingTimeDecision == 'other'}")

m.write("tools/meeting_bpmn.py")
