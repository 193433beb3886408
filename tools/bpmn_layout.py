"""Writes BPMN files together with their diagram layout (BPMNDI) from one description.

Each tools/*_bpmn.py script describes one model with a Model: every element is placed by its centre,
every flow by its waypoints, so Cockpit and Camunda Modeler draw exactly what the script says. Run the
script after changing it and commit the generated processes/*.bpmn.
"""
import pathlib
from xml.sax.saxutils import escape

SIZES = {"startEvent": (36, 36), "endEvent": (36, 36), "boundaryEvent": (36, 36),
         "intermediateCatchEvent": (36, 36), "exclusiveGateway": (50, 50), "eventBasedGateway": (50, 50),
         "parallelGateway": (50, 50)}
TASK = (100, 80)
RETRY = "R3/PT5M"  # steps that talk to the outside world: three tries five minutes apart, then an incident


def attr(value):
    return escape(value, {'"': "&quot;"})


class Model:
    def __init__(self, process_id, name, documentation, history_ttl="P730D"):
        self.process_id, self.name, self.documentation, self.ttl = process_id, name, documentation, history_ttl
        self.body, self.shapes, self.edges, self.messages, self.errors = [], [], [], {}, {}
        self.incoming, self.outgoing = {}, {}
        self.indent = "    "

    # --- layout -------------------------------------------------------------------------------
    def _place(self, el_id, kind, cx, cy, w=None, h=None, expanded=False):
        dw, dh = SIZES.get(kind, TASK)
        w, h = w or dw, h or dh
        self.shapes.append((el_id, cx - w // 2, cy - h // 2, w, h, ' isExpanded="true"' if expanded else ''))

    def _refs(self, el_id):
        refs = [f"<bpmn:incoming>{f}</bpmn:incoming>" for f in self.incoming.get(el_id, [])]
        refs += [f"<bpmn:outgoing>{f}</bpmn:outgoing>" for f in self.outgoing.get(el_id, [])]
        return "".join(refs)

    def _element(self, tag, el_id, name, attrs="", inner="", at=None, kind=None, size=None):
        """Adds an element; incoming/outgoing refs are filled in when the file is written."""
        self.body.append((self.indent, tag, el_id, name, attrs, inner))
        if at:
            w, h = size or (None, None)
            self._place(el_id, kind or tag, at[0], at[1], w, h)

    # --- events -------------------------------------------------------------------------------
    def start(self, el_id, name, at, message=None):
        inner = self._message_ref(message) if message else ""
        self._element("startEvent", el_id, name, "", inner, at)

    def end(self, el_id, name, at, terminate=False):
        inner = f'<bpmn:terminateEventDefinition id="{el_id}_Terminate" />' if terminate else ""
        self._element("endEvent", el_id, name, "", inner, at)

    def timer_boundary(self, el_id, name, attached_to, at, cycle=None, duration=None, interrupting=True):
        definition = (f'<bpmn:timeCycle xsi:type="bpmn:tFormalExpression">{cycle}</bpmn:timeCycle>' if cycle else
                      f'<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">{duration}</bpmn:timeDuration>')
        attrs = f' attachedToRef="{attached_to}"' + ('' if interrupting else ' cancelActivity="false"')
        self._element("boundaryEvent", el_id, name, attrs,
                      f'<bpmn:timerEventDefinition id="{el_id}_Definition">{definition}</bpmn:timerEventDefinition>', at)

    def message_boundary(self, el_id, name, attached_to, at, message):
        self._element("boundaryEvent", el_id, name, f' attachedToRef="{attached_to}"', self._message_ref(message), at)

    def _message_ref(self, message):
        message_id = "MessageDef_" + message
        self.messages[message_id] = message
        return f'<bpmn:messageEventDefinition id="{message_id}_Ref{len(self.body)}" messageRef="{message_id}" />'

    # --- activities ---------------------------------------------------------------------------
    def user_task(self, el_id, name, at, assignee, form, documentation, listeners=(), due=None, candidate_groups=None):
        who = (f' camunda:candidateGroups="{candidate_groups}"' if candidate_groups
               else f' camunda:assignee="{attr(assignee)}"')
        attrs = (f' camunda:formRef="{form}" camunda:formRefBinding="deployment"{who}'
                 + (f' camunda:dueDate="{attr(due)}"' if due else ''))
        ext = "".join(f'<camunda:taskListener delegateExpression="${{{bean}}}" event="{event}" />' for bean, event in listeners)
        inner = f"<bpmn:documentation>{escape(documentation)}</bpmn:documentation>" + \
                (f"<bpmn:extensionElements>{ext}</bpmn:extensionElements>" if ext else "")
        self._element("userTask", el_id, name, attrs, inner, at)

    def service_task(self, el_id, name, at, bean, inputs=None, outside_world=False):
        """A Java delegate bean; outside_world steps get their own transaction and a retry cycle."""
        attrs = f' camunda:delegateExpression="${{{bean}}}"' + (' camunda:asyncBefore="true"' if outside_world else '')
        ext = f"<camunda:failedJobRetryTimeCycle>{RETRY}</camunda:failedJobRetryTimeCycle>" if outside_world else ""
        if inputs:
            ext += "<camunda:inputOutput>" + "".join(
                f'<camunda:inputParameter name="{k}">{attr(v)}</camunda:inputParameter>' for k, v in inputs.items()
            ) + "</camunda:inputOutput>"
        self._element("serviceTask", el_id, name, attrs,
                      f"<bpmn:extensionElements>{ext}</bpmn:extensionElements>" if ext else "", at)

    def mail_task(self, el_id, name, at, template, to, attach=None, feedback=None):
        inputs = {"mail": template, "to": to}
        if attach:
            inputs["attach"] = attach
        if feedback:
            inputs["feedback"] = feedback
        self.service_task(el_id, name, at, "sendMail", inputs, outside_world=True)

    def receive_task(self, el_id, name, at, message):
        """Waits for a message the portal correlates; boundary events can interrupt the wait."""
        message_id = "MessageDef_" + message
        self.messages[message_id] = message
        self._element("receiveTask", el_id, name, f' messageRef="{message_id}"', "", at)

    def business_rule_task(self, el_id, name, at, decision, outputs):
        """Evaluates a DMN decision; outputs maps process variables to expressions on ${decisionResult}."""
        ext = "<camunda:inputOutput>" + "".join(
            f'<camunda:outputParameter name="{k}">{attr(v)}</camunda:outputParameter>' for k, v in outputs.items()
        ) + "</camunda:inputOutput>"
        self._element("businessRuleTask", el_id, name,
                      f' camunda:decisionRef="{decision}" camunda:decisionRefBinding="deployment"',
                      f"<bpmn:extensionElements>{ext}</bpmn:extensionElements>", at)

    def call_activity(self, el_id, name, at, called, variables):
        ins = "".join(f'<camunda:in source="{v}" target="{v}" />' for v in variables)
        inner = f'<bpmn:extensionElements><camunda:in businessKey="#{{execution.processBusinessKey}}" />{ins}</bpmn:extensionElements>'
        self._element("callActivity", el_id, name, f' calledElement="{called}"', inner, at)

    def parallel(self, el_id, name, at):
        self._element("parallelGateway", el_id, name, "", "", at)

    def event_gateway(self, el_id, name, at):
        self._element("eventBasedGateway", el_id, name, "", "", at)

    def message_catch(self, el_id, name, at, message):
        self._element("intermediateCatchEvent", el_id, name, "", self._message_ref(message), at)

    def timer_wait(self, el_id, name, at, duration):
        """Waits for a duration given by an expression (an ISO-8601 text variable)."""
        self._element("intermediateCatchEvent", el_id, name, "",
                      f'<bpmn:timerEventDefinition id="{el_id}_Definition"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">'
                      f'{duration}</bpmn:timeDuration></bpmn:timerEventDefinition>', at)

    def error_end(self, el_id, name, at, error_code):
        self.errors[error_code] = name
        self._element("endEvent", el_id, name, "", f'<bpmn:errorEventDefinition id="{el_id}_Definition" errorRef="ErrorDef_{error_code}" />', at)

    def error_boundary(self, el_id, name, attached_to, at, error_code):
        self.errors[error_code] = name
        self._element("boundaryEvent", el_id, name, f' attachedToRef="{attached_to}"',
                      f'<bpmn:errorEventDefinition id="{el_id}_Definition" errorRef="ErrorDef_{error_code}" />', at)

    def timer_catch(self, el_id, name, at, date):
        """Waits until a point in time given by an expression (a java.util.Date variable)."""
        self._element("intermediateCatchEvent", el_id, name, "",
                      f'<bpmn:timerEventDefinition id="{el_id}_Definition"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">'
                      f'{date}</bpmn:timeDate></bpmn:timerEventDefinition>', at)

    def gateway(self, el_id, name, at, default=None):
        self._element("exclusiveGateway", el_id, name, f' default="{default}"' if default else "", "", at)

    def open_subprocess(self, el_id, name, centre, size, triggered_by_event=False):
        self.body.append((self.indent, "subProcess:open", el_id, name,
                          ' triggeredByEvent="true"' if triggered_by_event else "", ""))
        self._place(el_id, "subProcess", centre[0], centre[1], size[0], size[1], expanded=True)
        self.indent += "  "

    def close_subprocess(self):
        self.indent = self.indent[:-2]
        self.body.append((self.indent, "subProcess:close", None, None, None, None))

    def flow(self, flow_id, source, target, points, name=None, condition=None):
        self.outgoing.setdefault(source, []).append(flow_id)
        self.incoming.setdefault(target, []).append(flow_id)
        self.body.append((self.indent, "sequenceFlow", flow_id, name, (source, target, condition), None))
        self.edges.append((flow_id, points))

    # --- output -------------------------------------------------------------------------------
    def _xml_body(self):
        out = []
        for indent, tag, el_id, name, attrs, inner in self.body:
            if tag == "subProcess:open":
                out.append(f'{indent}<bpmn:subProcess id="{el_id}" name="{attr(name)}"{attrs}>{self._refs(el_id)}')
            elif tag == "subProcess:close":
                out.append(f"{indent}</bpmn:subProcess>")
            elif tag == "sequenceFlow":
                source, target, condition = attrs
                name_attr = f' name="{attr(name)}"' if name else ""
                cond = (f'<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{attr(condition)}'
                        f'</bpmn:conditionExpression>') if condition else ""
                out.append(f'{indent}<bpmn:sequenceFlow id="{el_id}"{name_attr} sourceRef="{source}" targetRef="{target}">{cond}</bpmn:sequenceFlow>')
            elif tag.endswith("Event"):
                # the schema wants an event's flows before its definition, a task's after its extensions
                out.append(f'{indent}<bpmn:{tag} id="{el_id}" name="{attr(name)}"{attrs}>{self._refs(el_id)}{inner}</bpmn:{tag}>')
            else:
                out.append(f'{indent}<bpmn:{tag} id="{el_id}" name="{attr(name)}"{attrs}>{inner}{self._refs(el_id)}</bpmn:{tag}>')
        return "\n".join(out)

    def _xml_diagram(self):
        out = [f'  <bpmndi:BPMNDiagram id="BPMNDiagram_{self.process_id}">',
               f'    <bpmndi:BPMNPlane id="BPMNPlane_{self.process_id}" bpmnElement="{self.process_id}">']
        for el_id, x, y, w, h, extra in self.shapes:
            out.append(f'      <bpmndi:BPMNShape id="{el_id}_di" bpmnElement="{el_id}"{extra}>'
                       f'<dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}" /></bpmndi:BPMNShape>')
        for flow_id, points in self.edges:
            wps = "".join(f'<di:waypoint x="{px}" y="{py}" />' for px, py in points)
            out.append(f'      <bpmndi:BPMNEdge id="{flow_id}_di" bpmnElement="{flow_id}">{wps}</bpmndi:BPMNEdge>')
        out += ['    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>']
        return "\n".join(out)

    def write(self, generator):
        messages = "\n".join([f'  <bpmn:message id="{mid}" name="{name}" />' for mid, name in self.messages.items()]
                             + [f'  <bpmn:error id="ErrorDef_{code}" name="{attr(name)}" errorCode="{code}" />' for code, name in self.errors.items()])
        xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by {generator}: change the script, not this file. -->
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_{self.process_id}" targetNamespace="https://mentorflow.org/bpmn" exporter="MentorFlow {generator}" exporterVersion="1">
  <bpmn:process id="{self.process_id}" name="{attr(self.name)}" isExecutable="true" camunda:historyTimeToLive="{self.ttl}" camunda:isStartableInTasklist="false">
    <bpmn:documentation>{escape(self.documentation)}</bpmn:documentation>
{self._xml_body()}
  </bpmn:process>
{messages}
{self._xml_diagram()}
</bpmn:definitions>
'''
        target = pathlib.Path(__file__).resolve().parent.parent / "processes" / f"{self.process_id}.bpmn"
        target.write_text(xml)
        print(f"wrote processes/{self.process_id}.bpmn")
