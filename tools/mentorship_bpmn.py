"""Generates processes/mentorship.bpmn (model and layout). Run: python3 tools/mentorship_bpmn.py"""
import pathlib
from bpmn_layout import Diagram, attr

RETRY = "R3/PT5M"  # steps that talk to the outside world: three tries five minutes apart, then an incident
d = Diagram()
body = []


def mail_task(el_id, name, template, to, incoming, outgoing, indent="    "):
    body.append(f'''{indent}<bpmn:serviceTask id="{el_id}" name="{attr(name)}" camunda:asyncBefore="true" camunda:delegateExpression="${{sendMail}}">
{indent}  <bpmn:extensionElements>
{indent}    <camunda:failedJobRetryTimeCycle>{RETRY}</camunda:failedJobRetryTimeCycle>
{indent}    <camunda:inputOutput>
{indent}      <camunda:inputParameter name="mail">{template}</camunda:inputParameter>
{indent}      <camunda:inputParameter name="to">{to}</camunda:inputParameter>
{indent}    </camunda:inputOutput>
{indent}  </bpmn:extensionElements>
{indent}  <bpmn:incoming>{incoming}</bpmn:incoming>
{indent}  <bpmn:outgoing>{outgoing}</bpmn:outgoing>
{indent}</bpmn:serviceTask>''')


def record_task(el_id, name, outcome, incoming, outgoing):
    body.append(f'''    <bpmn:serviceTask id="{el_id}" name="{attr(name)}" camunda:delegateExpression="${{recordRequestOutcome}}">
      <bpmn:extensionElements>
        <camunda:inputOutput>
          <camunda:inputParameter name="outcome">{outcome}</camunda:inputParameter>
        </camunda:inputOutput>
      </bpmn:extensionElements>
      <bpmn:incoming>{incoming}</bpmn:incoming>
      <bpmn:outgoing>{outgoing}</bpmn:outgoing>
    </bpmn:serviceTask>''')


def end(el_id, name, incoming, indent="    "):
    body.append(f'{indent}<bpmn:endEvent id="{el_id}" name="{attr(name)}"><bpmn:incoming>{incoming}</bpmn:incoming></bpmn:endEvent>')


def flow(flow_id, source, target, name=None, condition=None, indent="    "):
    name_attr = f' name="{attr(name)}"' if name else ""
    if condition:
        body.append(f'{indent}<bpmn:sequenceFlow id="{flow_id}"{name_attr} sourceRef="{source}" targetRef="{target}">'
                    f'<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{attr(condition)}</bpmn:conditionExpression></bpmn:sequenceFlow>')
    else:
        body.append(f'{indent}<bpmn:sequenceFlow id="{flow_id}"{name_attr} sourceRef="{source}" targetRef="{target}" />')


# --- happy path on one line (y = 200), exceptions hang below ---
body.append('''    <bpmn:startEvent id="StartEvent_MentorshipRequested" name="Mentorship requested">
      <bpmn:outgoing>Flow_ToRequestStage</bpmn:outgoing>
    </bpmn:startEvent>''')
d.place("StartEvent_MentorshipRequested", "startEvent", 180, 200)
flow("Flow_ToRequestStage", "StartEvent_MentorshipRequested", "SubProcess_RequestStage")
d.edge("Flow_ToRequestStage", (198, 200), (250, 200))

# the request stage: while it runs, the mentee may withdraw and the request may expire
body.append('''    <bpmn:subProcess id="SubProcess_RequestStage" name="Mentor answers the request">
      <bpmn:incoming>Flow_ToRequestStage</bpmn:incoming>
      <bpmn:outgoing>Flow_RequestAnswered</bpmn:outgoing>
      <bpmn:startEvent id="StartEvent_RequestStageStarted" name="Request sent">
        <bpmn:outgoing>Flow_ToMailRequest</bpmn:outgoing>
      </bpmn:startEvent>''')
d.place("SubProcess_RequestStage", "subProcess", 550, 220, 600, 280, expanded=True)
d.place("StartEvent_RequestStageStarted", "startEvent", 300, 200)
flow("Flow_ToMailRequest", "StartEvent_RequestStageStarted", "Task_MailRequestToMentor", indent="      ")
d.edge("Flow_ToMailRequest", (318, 200), (360, 200))
mail_task("Task_MailRequestToMentor", "Mail request to mentor", "request-received", "mentor",
          "Flow_ToMailRequest", "Flow_ToReview", indent="      ")
d.place("Task_MailRequestToMentor", "serviceTask", 410, 200)
flow("Flow_ToReview", "Task_MailRequestToMentor", "Task_ReviewRequest", indent="      ")
d.edge("Flow_ToReview", (460, 200), (520, 200))
body.append('''      <bpmn:userTask id="Task_ReviewRequest" name="Review mentorship request" camunda:formRef="review-mentorship-request" camunda:formRefBinding="deployment" camunda:assignee="${mentorId}" camunda:dueDate="${requestExpiresAfter}">
        <bpmn:documentation>Read the mentee's application, then accept or decline. On decline the mentee receives your message.</bpmn:documentation>
        <bpmn:extensionElements>
          <camunda:taskListener delegateExpression="${showApplication}" event="create" />
          <camunda:taskListener delegateExpression="${checkReviewDecision}" event="complete" />
        </bpmn:extensionElements>
        <bpmn:incoming>Flow_ToReview</bpmn:incoming>
        <bpmn:outgoing>Flow_ToRequestAnswered</bpmn:outgoing>
      </bpmn:userTask>''')
d.place("Task_ReviewRequest", "userTask", 570, 200)
flow("Flow_ToRequestAnswered", "Task_ReviewRequest", "EndEvent_RequestAnswered", indent="      ")
d.edge("Flow_ToRequestAnswered", (620, 200), (682, 200))
end("EndEvent_RequestAnswered", "Request answered", "Flow_ToRequestAnswered", indent="      ")
d.place("EndEvent_RequestAnswered", "endEvent", 700, 200)

body.append('''      <bpmn:boundaryEvent id="Timer_RemindMentor" name="Reminder due" cancelActivity="false" attachedToRef="Task_ReviewRequest">
        <bpmn:outgoing>Flow_ToRemindMentor</bpmn:outgoing>
        <bpmn:timerEventDefinition id="TimerDefinition_RemindMentor">
          <bpmn:timeCycle xsi:type="bpmn:tFormalExpression">${requestReminderCycle}</bpmn:timeCycle>
        </bpmn:timerEventDefinition>
      </bpmn:boundaryEvent>''')
d.place("Timer_RemindMentor", "boundaryEvent", 570, 240)
flow("Flow_ToRemindMentor", "Timer_RemindMentor", "Task_RemindMentor", indent="      ")
d.edge("Flow_ToRemindMentor", (570, 258), (570, 310), (620, 310))
mail_task("Task_RemindMentor", "Remind mentor", "request-reminder", "mentor",
          "Flow_ToRemindMentor", "Flow_ToMentorReminded", indent="      ")
d.place("Task_RemindMentor", "serviceTask", 670, 310)
flow("Flow_ToMentorReminded", "Task_RemindMentor", "EndEvent_MentorReminded", indent="      ")
d.edge("Flow_ToMentorReminded", (720, 310), (762, 310))
end("EndEvent_MentorReminded", "Mentor reminded", "Flow_ToMentorReminded", indent="      ")
d.place("EndEvent_MentorReminded", "endEvent", 780, 310)
body.append('    </bpmn:subProcess>')

# expiry (interrupting timer on the whole stage)
body.append('''    <bpmn:boundaryEvent id="Timer_RequestExpires" name="Request expired" attachedToRef="SubProcess_RequestStage">
      <bpmn:outgoing>Flow_ToMarkExpired</bpmn:outgoing>
      <bpmn:timerEventDefinition id="TimerDefinition_RequestExpires">
        <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${requestExpiresAfter}</bpmn:timeDuration>
      </bpmn:timerEventDefinition>
    </bpmn:boundaryEvent>''')
d.place("Timer_RequestExpires", "boundaryEvent", 480, 360)
flow("Flow_ToMarkExpired", "Timer_RequestExpires", "Task_MarkRequestExpired")
d.edge("Flow_ToMarkExpired", (480, 378), (480, 450), (520, 450))
record_task("Task_MarkRequestExpired", "Mark request expired", "EXPIRED", "Flow_ToMarkExpired", "Flow_ToMailExpired")
d.place("Task_MarkRequestExpired", "serviceTask", 570, 450)
flow("Flow_ToMailExpired", "Task_MarkRequestExpired", "Task_MailRequestExpired")
d.edge("Flow_ToMailExpired", (620, 450), (670, 450))
mail_task("Task_MailRequestExpired", "Tell mentee the request expired", "request-expired", "mentee",
          "Flow_ToMailExpired", "Flow_ToRequestExpired")
d.place("Task_MailRequestExpired", "serviceTask", 720, 450)
flow("Flow_ToRequestExpired", "Task_MailRequestExpired", "EndEvent_RequestExpired")
d.edge("Flow_ToRequestExpired", (770, 450), (822, 450))
end("EndEvent_RequestExpired", "Request expired", "Flow_ToRequestExpired")
d.place("EndEvent_RequestExpired", "endEvent", 840, 450)

# withdrawal (message from the portal)
body.append('''    <bpmn:boundaryEvent id="Message_RequestWithdrawn" name="Request withdrawn" attachedToRef="SubProcess_RequestStage">
      <bpmn:outgoing>Flow_ToMarkWithdrawn</bpmn:outgoing>
      <bpmn:messageEventDefinition id="MessageDefinition_RequestWithdrawn" messageRef="Message_RequestWithdrawnDef" />
    </bpmn:boundaryEvent>''')
d.place("Message_RequestWithdrawn", "boundaryEvent", 330, 360)
flow("Flow_ToMarkWithdrawn", "Message_RequestWithdrawn", "Task_MarkRequestWithdrawn")
d.edge("Flow_ToMarkWithdrawn", (330, 378), (330, 570), (370, 570))
record_task("Task_MarkRequestWithdrawn", "Mark request withdrawn", "WITHDRAWN", "Flow_ToMarkWithdrawn", "Flow_ToMailWithdrawn")
d.place("Task_MarkRequestWithdrawn", "serviceTask", 420, 570)
flow("Flow_ToMailWithdrawn", "Task_MarkRequestWithdrawn", "Task_MailRequestWithdrawn")
d.edge("Flow_ToMailWithdrawn", (470, 570), (520, 570))
mail_task("Task_MailRequestWithdrawn", "Tell mentor the request was withdrawn", "request-withdrawn", "mentor",
          "Flow_ToMailWithdrawn", "Flow_ToRequestWithdrawn")
d.place("Task_MailRequestWithdrawn", "serviceTask", 570, 570)
flow("Flow_ToRequestWithdrawn", "Task_MailRequestWithdrawn", "EndEvent_RequestWithdrawn")
d.edge("Flow_ToRequestWithdrawn", (620, 570), (672, 570))
end("EndEvent_RequestWithdrawn", "Request withdrawn", "Flow_ToRequestWithdrawn")
d.place("EndEvent_RequestWithdrawn", "endEvent", 690, 570)

# the mentor's answer
flow("Flow_RequestAnswered", "SubProcess_RequestStage", "Gateway_RequestAccepted")
d.edge("Flow_RequestAnswered", (850, 200), (880, 200))
body.append('''    <bpmn:exclusiveGateway id="Gateway_RequestAccepted" name="Request accepted?">
      <bpmn:incoming>Flow_RequestAnswered</bpmn:incoming>
      <bpmn:outgoing>Flow_RequestAccepted</bpmn:outgoing>
      <bpmn:outgoing>Flow_RequestDeclined</bpmn:outgoing>
    </bpmn:exclusiveGateway>''')
d.place("Gateway_RequestAccepted", "exclusiveGateway", 905, 200)
flow("Flow_RequestAccepted", "Gateway_RequestAccepted", "Task_MarkMentorshipAccepted", name="yes",
     condition="${decision == 'accept'}")
d.edge("Flow_RequestAccepted", (930, 200), (980, 200))
record_task("Task_MarkMentorshipAccepted", "Mark mentorship accepted", "ACCEPTED", "Flow_RequestAccepted", "Flow_ToMailContacts")
d.place("Task_MarkMentorshipAccepted", "serviceTask", 1030, 200)
flow("Flow_ToMailContacts", "Task_MarkMentorshipAccepted", "Task_MailContactDetails")
d.edge("Flow_ToMailContacts", (1080, 200), (1130, 200))
mail_task("Task_MailContactDetails", "Mail contact details to both", "contact-details", "mentee,mentor",
          "Flow_ToMailContacts", "Flow_ToMentorshipAccepted")
d.place("Task_MailContactDetails", "serviceTask", 1180, 200)
flow("Flow_ToMentorshipAccepted", "Task_MailContactDetails", "EndEvent_MentorshipAccepted")
d.edge("Flow_ToMentorshipAccepted", (1230, 200), (1282, 200))
end("EndEvent_MentorshipAccepted", "Mentorship accepted", "Flow_ToMentorshipAccepted")
d.place("EndEvent_MentorshipAccepted", "endEvent", 1300, 200)

flow("Flow_RequestDeclined", "Gateway_RequestAccepted", "Task_MarkRequestDeclined", name="no",
     condition="${decision == 'decline'}")
d.edge("Flow_RequestDeclined", (905, 225), (905, 310), (980, 310))
record_task("Task_MarkRequestDeclined", "Mark request declined", "DECLINED", "Flow_RequestDeclined", "Flow_ToMailDecline")
d.place("Task_MarkRequestDeclined", "serviceTask", 1030, 310)
flow("Flow_ToMailDecline", "Task_MarkRequestDeclined", "Task_MailDecline")
d.edge("Flow_ToMailDecline", (1080, 310), (1130, 310))
mail_task("Task_MailDecline", "Send mentor's answer to mentee", "request-declined", "mentee",
          "Flow_ToMailDecline", "Flow_ToRequestDeclined")
d.place("Task_MailDecline", "serviceTask", 1180, 310)
flow("Flow_ToRequestDeclined", "Task_MailDecline", "EndEvent_RequestDeclined")
d.edge("Flow_ToRequestDeclined", (1230, 310), (1282, 310))
end("EndEvent_RequestDeclined", "Request declined", "Flow_ToRequestDeclined")
d.place("EndEvent_RequestDeclined", "endEvent", 1300, 310)

xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by tools/mentorship_bpmn.py: change the script, not this file. -->
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_Mentorship" targetNamespace="https://mentorflow.org/bpmn" exporter="MentorFlow tools/mentorship_bpmn.py" exporterVersion="1">
  <bpmn:process id="mentorship" name="Mentorship" isExecutable="true" camunda:historyTimeToLive="P730D" camunda:isStartableInTasklist="false">
    <bpmn:documentation>One mentorship from the mentee's request on. The mentorship id is the business key.</bpmn:documentation>
{chr(10).join(body)}
  </bpmn:process>
  <bpmn:message id="Message_RequestWithdrawnDef" name="RequestWithdrawn" />
{d.xml("mentorship")}
</bpmn:definitions>
'''
pathlib.Path(__file__).resolve().parent.parent.joinpath("processes", "mentorship.bpmn").write_text(xml)
print("wrote processes/mentorship.bpmn")
