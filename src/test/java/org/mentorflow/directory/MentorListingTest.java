package org.mentorflow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.MentorshipProcess;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.people.Person;
import org.mentorflow.profile.AccountDeletion;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The listing table follows every change that decides whether a mentor is listed, in the transaction of the
 * change: each step is checked against the rule worked out from the profile and the mentorships
 * ({@link MentorDirectory#isListed}) and against what the search shows. Each test's mentors live in a town of
 * their own.
 */
class MentorListingTest extends IntegrationTest {

    @Autowired
    MentorDirectory directory;

    @Autowired
    MentorListing listing;

    @Autowired
    MentorshipRequests requests;

    @Autowired
    AccountDeletion accountDeletion;

    @Autowired
    Programmes programmes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    String town;

    @BeforeEach
    void ownTown() {
        town = "Town" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aMentorLeavesWhenFullOrAskedTwiceAndComesBackWithAnotherPlaceOrADeclinedRequest() {
        Person mentor = mentor(1);
        assertListed(mentor, true);

        ProcessInstance first = MentorshipJourney.requestedAndMailed(requests, people.mentee(), mentor);
        assertListed(mentor, true); // one open request of two allowed
        complete(task(first), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_ACCEPT));
        assertListed(mentor, false); // full

        mentor.setCapacity(2);
        people.save(mentor);
        assertListed(mentor, true);
        assertThat(directory.search(inTown(), PageRequest.of(0, 12)).getContent()).singleElement()
                .satisfies(card -> assertThat(card.freePlaces()).isEqualTo(1));

        ProcessInstance second = MentorshipJourney.requestedAndMailed(requests, people.mentee(), mentor);
        MentorshipJourney.requestedAndMailed(requests, people.mentee(), mentor);
        assertListed(mentor, false); // two open requests
        complete(task(second), withVariables(MentorshipProcess.DECISION.name(), MentorshipProcess.DECISION_DECLINE,
                MentorshipProcess.DECLINE_MESSAGE.name(), "Not this term, sorry."));
        assertListed(mentor, true); // the declined request frees the slot
    }

    @Test
    void aWithdrawnRequestPutsTheMentorBack() {
        Person mentor = mentor(2);
        Person mentee = people.mentee();
        MentorshipJourney.requestedAndMailed(requests, people.mentee(), mentor);
        MentorshipJourney.requestedAndMailed(requests, mentee, mentor);
        assertListed(mentor, false);

        long mentorshipId = jdbc.queryForObject("select id from mentorship where mentee_id = ? and mentor_id = ?", Long.class,
                mentee.getId(), mentor.getId());
        requests.withdraw(mentorshipId, mentee.getId());

        assertListed(mentor, true);
    }

    @Test
    void theProfileDecides() {
        Person mentor = mentor(1);
        change(mentor, person -> person.setAvailable(false));
        assertListed(mentor, false);
        change(mentor, person -> person.setAvailable(true));
        assertListed(mentor, true);

        change(mentor, person -> person.getSpokenLanguages().clear()); // a collection only: no column of the person changes
        assertListed(mentor, false);
        change(mentor, person -> person.getSpokenLanguages().add("de"));
        assertListed(mentor, true);

        change(mentor, person -> person.setMentorVerified(false));
        assertListed(mentor, false);
    }

    /** Changes the person as read now and saves it. */
    private void change(Person person, java.util.function.Consumer<Person> change) {
        Person current = peopleService.get(person.getId());
        change.accept(current);
        people.save(current);
    }

    @Test
    void deactivationHidesReactivationByLoginRestoresDeletionRemoves() {
        Person mentor = mentor(1);
        peopleService.deactivate(mentor.getId());
        assertListed(mentor, false);

        assertThat(peopleService.reactivate(mentor.getId())).isTrue(); // the login's bulk update, past JPA
        assertListed(mentor, true);

        accountDeletion.delete(mentor.getId());
        assertThat(directory.isListed(mentor.getId())).isFalse();
        assertThat(listed()).doesNotContain(mentor.getId());
    }

    @Test
    void aRolledBackChangeLeavesTheListingAsItWas() {
        Person mentor = mentor(1);
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Person same = peopleService.get(mentor.getId());
            same.setAvailable(false);
            peopleService.save(same);
            throw new IllegalStateException("changed my mind");
        })).hasMessage("changed my mind");
        assertListed(mentor, true);
    }

    @Test
    void aNewLimitOfOpenRequestsRecomputesTheWholeListing() {
        Person mentor = mentor(2);
        MentorshipJourney.requestedAndMailed(requests, people.mentee(), mentor);
        Programme continuous = programmes.continuous();
        int limit = continuous.getMaxOpenRequestsPerMentor();
        try {
            setLimit(1);
            assertListed(mentor, false);
        } finally {
            setLimit(limit);
        }
        assertListed(mentor, true);
    }

    @Test
    void aRebuildFindsWhatChangedPastTheApplication() {
        Person mentor = mentor(1);
        jdbc.update("update person set available = false where id = ?", mentor.getId());
        assertThat(listed()).contains(mentor.getId()); // no entity was written: nothing noticed

        listing.rebuild();

        assertListed(mentor, false);
        jdbc.update("update person set available = true where id = ?", mentor.getId());
        listing.rebuild();
        assertListed(mentor, true);
    }

    private void setLimit(int limit) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Programme continuous = programmes.continuous();
            continuous.setMaxOpenRequestsPerMentor(limit);
            programmes.save(continuous);
        });
    }

    /** Listed or not, as the rule says and as the search shows, for a mentor of this test's town. */
    private void assertListed(Person mentor, boolean listed) {
        assertThat(directory.isListed(mentor.getId())).as("the rule").isEqualTo(listed);
        assertThat(listed().contains(mentor.getId())).as("the listing").isEqualTo(listed);
        List<String> shown = directory.search(inTown(), PageRequest.of(0, 12)).getContent().stream().map(MentorCard::publicId).toList();
        assertThat(shown).as("the search").hasSize(listed ? 1 : 0);
    }

    private MentorQuery inTown() {
        return new MentorQuery(null, null, town, null, null);
    }

    private List<String> listed() {
        return jdbc.queryForList("select person_id from mentor_listing", String.class);
    }

    private Person mentor(int capacity) {
        Person mentor = people.mentor(capacity);
        mentor.setLocation(town);
        return people.save(mentor);
    }
}
