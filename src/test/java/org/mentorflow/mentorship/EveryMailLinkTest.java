package org.mentorflow.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mentorflow.mentorship.MentorshipProcess.*;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.notifications.ReceivedMail;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Walks a whole mentorship, from the request to the certificates, and after every step opens every link of every
 * mail that arrived as the person who got it: each leads to their own open step in Tasklist, or to a page that
 * says plainly what happened, never to someone else's task, a login form, an error or a raw message key.
 */
class EveryMailLinkTest extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("http://mentorflow\\.test(/[^\\s\"'<>]*)");
    private static final Pattern TASKLIST_TASK = Pattern.compile("/camunda/app/tasklist/default/#/\\?task=([0-9a-f-]+)");

    @Autowired
    MentorshipRequests requests;

    Person mentee;
    Person mentor;
    ProcessInstance mentorship;
    final List<String> opened = new ArrayList<>();

    @Test
    void everyLinkOfAWholeMentorshipLeadsItsReaderOn() {
        mentee = people.mentee("de");
        mentor = people.mentor(1);
        ClockUtil.setCurrentTime(Date.from(MentorshipJourney.START));
        clearMailbox();

        mentorship = MentorshipJourney.processOf(requests.request(mentee.getId(), mentor.getId(), "Would you be my mentor?"));
        step("request");
        complete(own(mentor), withVariables(DECISION.name(), DECISION_ACCEPT));
        step("accepted");
        complete(own(mentee), MentorshipJourney.agreementTerms(6, "Learn to lead a team."));
        step("agreement proposed");
        complete(own(mentor), withVariables(AGREEMENT_DECISION.name(), "approve"));
        step("mentorship started");
        MentorshipJourney.heldMeeting(mentorship, Instant.parse("2026-03-10T16:00:00Z"));
        step("meeting held");
        complete(taskQuery().processInstanceId(mentorship.getId()).taskDefinitionKey(TASK_FINISH_MENTORSHIP).singleResult(),
                MentorshipJourney.finishedEarly());
        step("finish asked");
        complete(taskQuery().processInstanceId(mentorship.getId()).taskDefinitionKey(TASK_CONFIRM_COMPLETION).singleResult(),
                withVariables(COMPLETION_CONFIRMED.name(), "yes"));
        step("completed");

        assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(mentorship.getId()).count()).isZero();
        System.out.println("Mail links opened as their readers:\n  " + String.join("\n  ", opened));
        assertThat(opened).as("links opened along the way").hasSizeGreaterThanOrEqualTo(12)
                .contains("mentee: Ihr Mentoring mit " + mentor.getDisplayName() + " ist abgeschlossen -> /my",
                        "mentor: Your mentorship with " + mentee.getDisplayName() + " has officially started -> /my");
        assertThat(opened.stream().filter(line -> line.endsWith("(no link)")))
                .as("only the calendar invitations, which carry the meeting as a file, have no link")
                .allMatch(line -> line.contains("Your meeting with") || line.contains("Ihr Treffen mit"));
    }

    /** Runs the steps that are due (mails, credits, certificates), then opens every link that arrived. */
    private void step(String name) {
        runDueJobs();
        List<ReceivedMail> mails = ReceivedMail.all(SMTP.getReceivedMessages());
        clearMailbox();
        for (ReceivedMail mail : mails) {
            Person reader = mail.to().equals(mentee.getEmail()) ? mentee : mail.to().equals(mentor.getEmail()) ? mentor : null;
            assertThat(reader).as(name + ": mail to a participant: " + mail.subject()).isNotNull();
            if (links(mail).isEmpty()) {
                opened.add((reader == mentee ? "mentee: " : "mentor: ") + mail.subject() + " (no link)");
            }
            for (String path : links(mail)) {
                opened.add((reader == mentee ? "mentee: " : "mentor: ") + mail.subject() + " -> " + path);
                follow(name + " / " + mail.subject() + " / " + path, reader, path);
            }
        }
    }

    private void follow(String what, Person reader, String path) {
        BrowserSession browser = BrowserSession.loggedIn(port, reader.getId(), "secret");
        String at = path;
        for (int hop = 0; hop < 5; hop++) {
            HttpResponse<byte[]> response = browser.getBytes(at);
            int status = response.statusCode();
            if (status == 302 || status == 303) {
                String location = response.headers().firstValue("Location").orElseThrow();
                Matcher task = TASKLIST_TASK.matcher(location);
                if (task.find()) {
                    assertOwnOpenTask(what, reader, task.group(1));
                    return;
                }
                assertThat(location).as(what + ": sends the logged-in reader to log in").doesNotContain("/login");
                at = URI.create(location).getRawPath() + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery());
                continue;
            }
            assertThat(status).as(what).isEqualTo(200);
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (contentType.startsWith("text/html")) {
                String body = new String(response.body(), StandardCharsets.UTF_8);
                assertThat(body).as(what).doesNotContain("??").doesNotContain("does not lead")
                        .doesNotContain("Exception").doesNotContainPattern("\\b[A-Z]{3,}_[A-Z_]{3,}\\b");
            }
            return;
        }
        throw new AssertionError(what + ": more than five redirects");
    }

    private void assertOwnOpenTask(String what, Person reader, String taskId) {
        Task task = taskService().createTaskQuery().taskId(taskId).singleResult();
        assertThat(task).as(what + ": the task still exists").isNotNull();
        boolean own = reader.getId().equals(task.getAssignee()) || taskService().getIdentityLinksForTask(taskId).stream()
                .map(IdentityLink::getUserId).anyMatch(reader.getId()::equals);
        assertThat(own).as(what + ": the reader's own task, not the partner's").isTrue();
    }

    private static Set<String> links(ReceivedMail mail) {
        Set<String> paths = new LinkedHashSet<>();
        for (String part : new String[] {mail.text(), mail.html()}) {
            if (part == null) {
                continue;
            }
            Matcher matcher = LINK.matcher(part.replace("&amp;", "&"));
            while (matcher.find()) {
                paths.add(matcher.group(1).isEmpty() ? "/" : matcher.group(1));
            }
        }
        return paths;
    }

    /** The one open task of the whole mentorship that is this person's. */
    private Task own(Person person) {
        List<Task> tasks = new ArrayList<>();
        for (String instance : tree()) {
            tasks.addAll(taskQuery().processInstanceId(instance).taskAssignee(person.getId()).list());
        }
        assertThat(tasks).as("open tasks of " + person.getId()).hasSize(1);
        return tasks.get(0);
    }

    /** The asynchronous steps waiting in the tree (mails, credits, certificates); timers stay put. */
    private void runDueJobs() {
        for (int round = 0; round < 20; round++) {
            List<Job> due = new ArrayList<>();
            for (String instance : tree()) {
                due.addAll(managementService().createJobQuery().processInstanceId(instance).executable().messages().list());
            }
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService().executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming");
    }

    /** The mentorship's instance and the children it called (agreement, meetings), as far as they still run. */
    private List<String> tree() {
        List<String> ids = new ArrayList<>(List.of(mentorship.getId()));
        for (int i = 0; i < ids.size(); i++) {
            runtimeService().createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list()
                    .forEach(child -> ids.add(child.getId()));
        }
        return ids.stream().filter(id -> runtimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0).toList();
    }
}
