package org.mentorflow.registration;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.mentorflow.notifications.ReceivedMail;
import org.mentorflow.people.TestPeople;
import org.springframework.mock.web.MockMultipartFile;

/** Steps of a registration that many tests take on their way to what they check, as the person would in the portal. */
public final class RegistrationJourney {

    static final String PASSWORD = "correct horse battery";
    static final Pattern LINK = Pattern.compile("http://mentorflow\\.test/register/verify/([A-Za-z0-9_-]+)");

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private RegistrationJourney() {
    }

    /** A registration no test shares: unique user name and address. */
    public static NewRegistration newRegistration(String language) {
        String id = "reg" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new NewRegistration(id, "Rita", "Register" + id.substring(id.length() - 4), id + "@test.example",
                LocalDate.of(1994, 5, 17), PASSWORD, language);
    }

    static ProcessInstance processOf(Registration registration) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(RegistrationProcess.KEY)
                .processInstanceBusinessKey(registration.businessKey()).singleResult();
    }

    static ProcessInstance accessProcessOf(Registration registration) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(AlumniAccessProcess.KEY)
                .processInstanceBusinessKey(registration.businessKey()).singleResult();
    }

    /** Registered, and the verification mail went out. */
    static Registration registeredAndMailed(RegistrationService registrations, NewRegistration data) {
        Registration registration = registrations.register(data);
        execute(job(RegistrationProcess.TASK_MAIL_VERIFICATION_LINK, processOf(registration)));
        return registration;
    }

    /** Runs the mail step of a registration made through the page (tests run jobs themselves). */
    public static void linkMailed(RegistrationService registrations, String username) {
        execute(job(RegistrationProcess.TASK_MAIL_VERIFICATION_LINK, processOf(registrations.of(username).orElseThrow())));
    }

    /** Registered, and the link from the mail followed: the person chooses a role next. */
    static Registration verified(RegistrationService registrations, NewRegistration data, Supplier<MimeMessage[]> mails) {
        registeredAndMailed(registrations, data);
        RegistrationService.LinkOutcome outcome = registrations.verify(lastToken(mails.get(), data.email()));
        if (outcome != RegistrationService.LinkOutcome.VERIFIED) {
            throw new IllegalStateException("Verification failed: " + outcome);
        }
        return registrations.of(data.username()).orElseThrow();
    }

    /** The token of the newest verification link mailed to this address. */
    static String lastToken(MimeMessage[] mails, String address) {
        List<ReceivedMail> received = ReceivedMail.to(mails, address);
        if (received.isEmpty()) {
            throw new IllegalStateException("No mail to " + address + " among " + Arrays.toString(mails));
        }
        Matcher link = LINK.matcher(received.get(received.size() - 1).text());
        if (!link.find()) {
            throw new IllegalStateException("No verification link in the mail to " + address);
        }
        return link.group(1);
    }

    /** Registered as an eligible mentor who uploaded the document: "Verify mentor" waits for the coordinators. */
    public static Registration waitingForVerification(RegistrationService registrations, TestPeople people,
            NewRegistration data, Supplier<MimeMessage[]> mails) {
        verified(registrations, data, mails);
        registrations.chooseRole(data.username(), false, true);
        registrations.answerMentorQuestions(data.username(), eligibleAnswers());
        people.fillMentorProfile(data.username());
        registrations.uploadVerificationDocument(data.username(), file("diploma.pdf", "application/pdf", PDF));
        return registrations.of(data.username()).orElseThrow();
    }

    static MentorAnswers eligibleAnswers() {
        return new MentorAnswers(true, 9, false, true, false);
    }

    static MockMultipartFile file(String name, String contentType, byte[] content) {
        return new MockMultipartFile("document", name, contentType, content);
    }
}
