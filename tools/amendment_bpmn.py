"""Generates processes/amendment.bpmn (model and layout). Run: python3 tools/amendment_bpmn.py

Either side proposes a change to the running mentorship's agreement; the other side approves or rejects
it. Only an approved version counts.
"""
from bpmn_layout import Model

m = Model("amendment", "Agreement change",
          "A change to a running mentorship's agreement, proposed by one side and decided by the other. "
          "The business key is the mentorship id.")

DECIDER = "${amendmentDecider == menteeId ? 'mentee' : 'mentor'}"
PROPOSER = "${amendmentProposedBy == menteeId ? 'mentee' : 'mentor'}"

m.start("StartEvent_ChangeProposed", "Change proposed", (180, 200))
m.flow("Flow_ToMailChange", "StartEvent_ChangeProposed", "Task_MailChangeProposal", [(198, 200), (250, 200)])
m.mail_task("Task_MailChangeProposal", "Ask the other side to decide", (300, 200), "amendment-proposed", DECIDER)
m.flow("Flow_ToDecideChange", "Task_MailChangeProposal", "Task_ApproveAmendment", [(350, 200), (400, 200)])
m.user_task("Task_ApproveAmendment", "Approve agreement change", (450, 200), "${amendmentDecider}", "approve-amendment",
            "Your partner proposes to change the mentorship agreement. Approve the change, or reject it with a comment.",
            listeners=[("showAgreement", "create"), ("checkAnswers", "complete")])
m.flow("Flow_ToChangeApproved", "Task_ApproveAmendment", "Gateway_ChangeApproved", [(500, 200), (545, 200)])
m.gateway("Gateway_ChangeApproved", "Change approved?", (570, 200))
m.flow("Flow_ChangeApproved", "Gateway_ChangeApproved", "Task_RecordChangeApproval", [(595, 200), (640, 200)],
       name="yes", condition="${agreementDecision == 'approve'}")
m.service_task("Task_RecordChangeApproval", "Make the new version count", (690, 200), "recordAgreementDecision",
               {"outcome": "APPROVED"})
m.flow("Flow_ToTellMentorship", "Task_RecordChangeApproval", "Task_TellMentorship", [(740, 200), (790, 200)])
m.service_task("Task_TellMentorship", "Move end date, restart inactivity clock", (840, 200), "reportActivity",
               {"messages": "AgreementChanged,MentorshipActivity"})
m.flow("Flow_ToMailChangeApproved", "Task_TellMentorship", "Task_MailChangeApproved", [(890, 200), (940, 200)])
m.mail_task("Task_MailChangeApproved", "Mail both the new agreement", (990, 200), "amendment-approved", "mentee,mentor")
m.flow("Flow_ToChangeAgreed", "Task_MailChangeApproved", "EndEvent_ChangeAgreed", [(1040, 200), (1092, 200)])
m.end("EndEvent_ChangeAgreed", "Agreement changed", (1110, 200))

m.flow("Flow_ChangeRejected", "Gateway_ChangeApproved", "Task_RecordChangeRejection", [(570, 225), (570, 330), (640, 330)],
       name="no", condition="${agreementDecision == 'reject'}")
m.service_task("Task_RecordChangeRejection", "Record rejection", (690, 330), "recordAgreementDecision",
               {"outcome": "REJECTED"})
m.flow("Flow_ToMailChangeRejected", "Task_RecordChangeRejection", "Task_MailChangeRejected", [(740, 330), (790, 330)])
m.mail_task("Task_MailChangeRejected", "Tell the proposer", (840, 330), "amendment-rejected", PROPOSER)
m.flow("Flow_ToChangeRejected", "Task_MailChangeRejected", "EndEvent_ChangeRejected", [(890, 330), (942, 330)])
m.end("EndEvent_ChangeRejected", "Change rejected", (960, 330))

m.write("tools/amendment_bpmn.py")
