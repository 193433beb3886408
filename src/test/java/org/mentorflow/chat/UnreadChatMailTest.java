package org.mentorflow.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.notifications.ReceivedMail;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Messages left unread for {@code mentorflow.chat.unread-mail-after} (two hours) bring their recipient one mail per
 * unread stretch: how many, from whom, a link, never the text. The sweep runs with the "now" each test gives it.
 */
class UnreadChatMailTest extends IntegrationTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    MentorshipRequests requests;
    @Autowired
    ChatThreads chats;
    @Autowired
    UnreadChatMail unreadChatMail;

    Person mentee;

    @BeforeEach
    void mentee() {
        ClockUtil.setCurrentTime(Date.from(T0));
        mentee = people.mentee();
    }

    @Test
    void oneMailPerUnreadStretchWithTheCountAndALinkButNoText() {
        Person mentor = people.mentor(1);
        long id = accepted(mentor);
        post(id, mentee, "My thesis topic is confidential: battery recycling at ACME.", T0);
        post(id, mentee, "Can we meet on Tuesday?", T0.plus(Duration.ofMinutes(30)));

        sweep(T0.plus(Duration.ofMinutes(119)));
        assertThat(mailsTo(mentor)).as("not unread long enough yet").isEmpty();

        sweep(T0.plus(Duration.ofHours(2)));
        ReceivedMail mail = single(mailsTo(mentor));
        assertThat(mail.subject()).isEqualTo(mentee.getFirstName() + " has written to you in MentorFlow");
        assertThat(mail.text()).contains("Hello " + mentor.getFirstName(),
                "2 messages from " + mentee.getFirstName() + " are waiting for you in MentorFlow.",
                "Read the messages: http://mentorflow.test/chat/" + id);
        assertThat(mail.html()).contains("href=\"http://mentorflow.test/chat/" + id + "\"");
        assertThat(mail.text() + mail.html()).as("mails may travel unencrypted: no message text")
                .doesNotContain("battery", "ACME", "confidential", "Tuesday", mentee.getLastName());

        post(id, mentee, "Hello? Are you there?", T0.plus(Duration.ofHours(3)));
        sweep(T0.plus(Duration.ofHours(3)));
        sweep(T0.plus(Duration.ofHours(9)));
        assertThat(mailsTo(mentor)).as("one mail until the thread is read").hasSize(1);

        open(id, mentor, T0.plus(Duration.ofHours(10)));
        sweep(T0.plus(Duration.ofHours(20)));
        assertThat(mailsTo(mentor)).as("read: nothing to remind of").hasSize(1);

        post(id, mentee, "Thanks, see you then.", T0.plus(Duration.ofHours(21)));
        sweep(T0.plus(Duration.ofHours(22)));
        assertThat(mailsTo(mentor)).hasSize(1);
        sweep(T0.plus(Duration.ofHours(23)));
        List<ReceivedMail> mails = mailsTo(mentor);
        assertThat(mails).as("a new unread stretch after reading brings a new mail").hasSize(2);
        assertThat(mails.get(1).text()).contains("One message from " + mentee.getFirstName() + " is waiting for you")
                .doesNotContain("see you then");
        assertThat(mailsTo(mentee)).as("the writer is not reminded of their own messages").isEmpty();
    }

    @Test
    void readingInTimeMeansNoMail() {
        Person mentor = people.mentor(1);
        long id = accepted(mentor);
        post(id, mentee, "Quick question", T0);
        open(id, mentor, T0.plus(Duration.ofMinutes(90)));

        sweep(T0.plus(Duration.ofHours(5)));

        assertThat(mailsTo(mentor)).isEmpty();
    }

    @Test
    void aGermanRecipientGetsTheMailInGerman() {
        Person mentor = people.mentor(1, "de");
        long id = accepted(mentor);
        post(id, mentee, "Guten Tag!", T0);
        post(id, mentee, "Wann passt es Ihnen?", T0);
        post(id, mentee, "Ich freue mich.", T0);

        sweep(T0.plus(Duration.ofHours(3)));

        ReceivedMail mail = single(mailsTo(mentor));
        assertThat(mail.language()).isEqualTo("de");
        assertThat(mail.subject()).isEqualTo(mentee.getFirstName() + " hat Ihnen in MentorFlow geschrieben");
        assertThat(mail.text()).contains("3 Nachrichten von " + mentee.getFirstName() + " warten in MentorFlow auf Sie.",
                "Zum Schutz Ihrer Privatsphäre", "Nachrichten lesen: http://mentorflow.test/chat/" + id)
                .doesNotContain("Guten Tag", "Wann passt", "freue");
    }

    @Test
    void twoNodesSweepingAtOnceSendOneMail() throws Exception {
        Person mentor = people.mentor(1);
        long id = accepted(mentor);
        post(id, mentee, "Are you free on Friday?", T0);
        Instant later = T0.plus(Duration.ofHours(3));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sweeps = nodes.invokeAll(List.of(
                    () -> { start.await(); return unreadChatMail.sweep(later); },
                    () -> { start.await(); return unreadChatMail.sweep(later); }));
            for (Future<Integer> sweep : sweeps) {
                sweep.get();
            }
        } finally {
            nodes.shutdown();
        }

        assertThat(mailsTo(mentor)).hasSize(1);
    }

    private long accepted(Person mentor) {
        long id = Long.parseLong(MentorshipJourney.accepted(requests, mentee, mentor).getBusinessKey());
        clearMailbox();
        return id;
    }

    private void post(long id, Person author, String text, Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        chats.post(id, author.getId(), text);
    }

    private void open(long id, Person reader, Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        assertThat(chats.open(id, reader.getId())).isPresent();
    }

    private void sweep(Instant now) {
        unreadChatMail.sweep(now);
    }

    private static List<ReceivedMail> mailsTo(Person person) {
        return ReceivedMail.to(SMTP.getReceivedMessages(), person.getEmail());
    }

    private static ReceivedMail single(List<ReceivedMail> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }
}
