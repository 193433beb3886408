"""Small helpers to write BPMN files with their diagram layout (BPMNDI) from one description.

Used by tools/mentorship_bpmn.py; run it after changing the model and commit the generated
processes/*.bpmn. Camunda Modeler opens the result for further editing.
"""
from xml.sax.saxutils import escape

SIZES = {"startEvent": (36, 36), "endEvent": (36, 36), "boundaryEvent": (36, 36),
         "intermediateCatchEvent": (36, 36), "exclusiveGateway": (50, 50), "eventBasedGateway": (50, 50),
         "parallelGateway": (50, 50)}
TASK = (100, 80)


class Diagram:
    def __init__(self):
        self.shapes = []  # (id, x, y, w, h, extra)
        self.edges = []   # (id, points)
        self.centers = {}

    def place(self, el_id, kind, cx, cy, w=None, h=None, expanded=False):
        dw, dh = SIZES.get(kind, TASK)
        w, h = w or dw, h or dh
        x, y = cx - w // 2, cy - h // 2
        self.shapes.append((el_id, x, y, w, h, ' isExpanded="true"' if expanded else ''))
        self.centers[el_id] = (cx, cy, w, h)

    def edge(self, flow_id, *points):
        self.edges.append((flow_id, points))

    def xml(self, process_id):
        out = [f'  <bpmndi:BPMNDiagram id="BPMNDiagram_{process_id}">',
               f'    <bpmndi:BPMNPlane id="BPMNPlane_{process_id}" bpmnElement="{process_id}">']
        for el_id, x, y, w, h, extra in self.shapes:
            out.append(f'      <bpmndi:BPMNShape id="{el_id}_di" bpmnElement="{el_id}"{extra}>'
                       f'<dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}" /></bpmndi:BPMNShape>')
        for flow_id, points in self.edges:
            wps = "".join(f'<di:waypoint x="{px}" y="{py}" />' for px, py in points)
            out.append(f'      <bpmndi:BPMNEdge id="{flow_id}_di" bpmnElement="{flow_id}">{wps}</bpmndi:BPMNEdge>')
        out += ['    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>']
        return "\n".join(out)


def attr(value):
    return escape(value, {'"': "&quot;"})
