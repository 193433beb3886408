package org.mentorflow.profile;

import java.util.List;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.mentorship.MentorshipState;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.lifecycle.MentorshipLifecycle;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.people.PersonalDataEraser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes an account for good, in one transaction, so it happens completely or not at all:
 * <ol>
 * <li>every feature's {@link PersonalDataEraser} removes what it keeps (mentorship texts and mails about them,
 * mails, certificates, feedback texts, uploads ...), while the person still has a name to look for;</li>
 * <li>open requests are withdrawn and running mentorships cancelled through the mentorship services, so each
 * partner gets the usual notice (queued after step 1, it survives; it names "Deleted U.");</li>
 * <li>the engine's history of the person's processes loses what it holds about them ({@link ProcessHistoryEraser});</li>
 * <li>the person row is anonymised and the Camunda user deleted ({@link PeopleService#anonymise}).</li>
 * </ol>
 */
@Service
public class AccountDeletion {

    private final PeopleService people;
    private final Mentorships mentorships;
    private final MentorshipRequests requests;
    private final MentorshipLifecycle lifecycle;
    private final ObjectProvider<PersonalDataEraser> erasers;
    private final ProcessHistoryEraser history;
    private final MessageSource messages;

    AccountDeletion(PeopleService people, Mentorships mentorships, MentorshipRequests requests, MentorshipLifecycle lifecycle,
            ObjectProvider<PersonalDataEraser> erasers, ProcessHistoryEraser history, MessageSource messages) {
        this.people = people;
        this.mentorships = mentorships;
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.erasers = erasers;
        this.history = history;
        this.messages = messages;
    }

    @Transactional
    public void delete(String personId) {
        // the row lock keeps a request to or from the person from slipping in while the account goes
        Person person = people.lock(personId);
        if (person.isDeleted()) {
            throw new IllegalStateException("The account " + personId + " is deleted already");
        }
        erasers.orderedStream().forEach(eraser -> eraser.erase(personId));
        List<Mentorship> involved = mentorships.of(personId);
        involved.stream().filter(mentorship -> MentorshipState.OPEN.contains(mentorship.getState()))
                .forEach(mentorship -> end(mentorship, person));
        history.erase(personId, involved.stream().map(mentorship -> mentorship.getId().toString()).toList());
        people.anonymise(personId);
    }

    /** A mentee's own open request is withdrawn; anything else open is cancelled, with a reason the partner reads. */
    private void end(Mentorship mentorship, Person person) {
        boolean ownRequest = mentorship.getState() == MentorshipState.REQUESTED && mentorship.getMentee().getId().equals(person.getId());
        if (ownRequest) {
            requests.withdraw(mentorship.getId(), person.getId());
        } else {
            Person partner = mentorship.partnerOf(person);
            lifecycle.cancel(mentorship.getId(), person.getId(),
                    messages.getMessage("profile.delete.cancel-reason", null, partner.getLocale()));
        }
    }
}
