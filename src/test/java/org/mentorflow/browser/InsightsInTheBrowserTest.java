package org.mentorflow.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.ProgrammeKind;
import org.mentorflow.programme.Programmes;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** An analyst opens the funnel: the chart is drawn by the locally served Chart.js under the portal's CSP. */
class InsightsInTheBrowserTest extends IntegrationTest {

    @Autowired
    Programmes programmes;
    @Autowired
    MentorshipRequests requests;

    @Test
    void analystSeesTheFunnelWithItsChart() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2025-09-01T08:00:00Z")));
        Programme programme = programmes.save(programmes.draft("insights-browser-" + UUID.randomUUID().toString().substring(0, 8),
                "Alumni mentoring, Wien", ProgrammeKind.CONTINUOUS, Instant.parse("2025-09-01T08:00:00Z")));
        for (int i = 0; i < 5; i++) {
            ProcessInstance process = MentorshipJourney.processOf(requests.request(programme.getId(), people.mentee().getId(),
                    people.mentor(1).getId(), "Would you be my mentor?"));
            managementService().createJobQuery().processInstanceId(process.getId()).messages().list()
                    .forEach(job -> managementService().executeJob(job.getId()));
            complete(task(process), withVariables(MentorshipProcess.DECISION.name(),
                    i < 3 ? MentorshipProcess.DECISION_ACCEPT : MentorshipProcess.DECISION_DECLINE));
        }
        ClockUtil.reset();

        try (ChromeBrowser browser = new ChromeBrowser(port)) {
            browser.windowSize(1280, 1600);
            browser.logIn(people.analyst().getId(), "secret");
            browser.open("/insights/funnel?programme=" + programme.getId() + "&from=2025-09-01&to=2025-09-30");
            browser.waitForText("Request funnel");
            browser.waitUntil(() -> Boolean.TRUE.equals(browser.script(
                    "var c = document.querySelector('canvas[data-chart]'); return !!(window.Chart && c && Chart.getChart(c));")));
            assertThat(browser.find(By.id("funnel-table")).getText()).contains("Requested 5 2 0 0 0 0 60.0");
            browser.screenshot("insights-funnel");
        }
    }
}
