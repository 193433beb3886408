package org.mentorflow.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorflow.BrowserSession;
import org.mentorflow.directory.MentorDirectory;
import org.mentorflow.directory.MentorQuery;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.Mentorships;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.mentorflow.mentorship.request.RequestRefusedException.Reason;
import org.mentorflow.mentorship.request.RequestRefusedException;
import org.mentorflow.people.Person;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Deactivation: hidden from the search and its counter, no requests to or from the person, every datum kept,
 * and back with one call at the next login.
 */
class DeactivationTest extends ProfileTest {

    @Autowired
    MentorshipRequests requests;


    @Autowired

    Mentorships mentorships;
    @Autowired
    MentorDirectory directory;

    String town;
    Person mentor;

    @BeforeEach
    void mentorInATownOfTheirOwn() {
        town = "Town" + UUID.randomUUID().toString().substring(0, 8);
        mentor = people.mentor(2);
        mentor.setLocation(town);
        people.save(mentor);
    }

    @Test
    void thePageSaysWhatHappensAndListsWhatGoesOn() {
        Person mentee = people.mentee();
        MentorshipJourney.requestedAndMailed(requests, mentee, mentor);

        String page = browser(mentor).get("/profile/deactivate").body();

        assertThat(page).contains("Deactivate my account", "You disappear from the mentor search",
                "Nobody can send you a mentorship request", "Log in again whenever you like",
                "With your mentee " + mentee.getDisplayName(), "requested", "name=\"confirm\"");
    }

    @Test
    void withoutTheTickNothingHappens() {
        HttpResponse<String> answer = browser(mentor).postForm("/profile/deactivate", Map.of());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Please tick the box to confirm");
        assertThat(peopleService.isDeactivated(mentor.getId())).isFalse();
    }

    @Test
    void aDeactivatedMentorLeavesTheSearchAndItsCounterTakesNoRequestsAndComesBackOnReactivation() {
        long availableBefore = availableMentors();
        assertThat(search()).contains(mentor.getDisplayName());
        BrowserSession browser = browser(mentor);

        HttpResponse<String> answer = browser.postForm("/profile/deactivate", Map.of("confirm", "yes"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Your account is deactivated", "You are logged out");
        assertThat(location(browser.get("/profile"))).as("logged out").endsWith("/login");
        assertThat(peopleService.isDeactivated(mentor.getId())).isTrue();
        assertThat(search()).contains("No mentor matches your search.").doesNotContain(mentor.getDisplayName());
        assertThat(availableMentors()).isEqualTo(availableBefore - 1);
        assertThat(directory.isListed(mentor.getId())).isFalse();
        assertThatThrownBy(() -> requests.request(people.mentee().getId(), mentor.getId(), "Please?"))
                .isInstanceOfSatisfying(RequestRefusedException.class, refused -> {
                    assertThat(refused.getReason()).isEqualTo(Reason.MENTOR_UNAVAILABLE);
                    assertThat(refused.getMessage()).contains("is not available for mentorships at the moment");
                });
        Person kept = peopleService.get(mentor.getId());
        assertThat(kept.getProfessionalBackground()).isEqualTo("Twelve years in software product management.");
        assertThat(kept.getEmail()).isEqualTo(mentor.getEmail());

        BrowserSession again = BrowserSession.anonymous(port);
        HttpResponse<String> login = again.logIn(mentor.getId(), "secret");

        assertThat(location(login)).as("logging in restores the account").endsWith("/my?reactivated");
        assertThat(again.get("/my?reactivated").body()).contains("Welcome back: your account is active again");
        assertThat(peopleService.isDeactivated(mentor.getId())).isFalse();
        assertThat(search()).contains(mentor.getDisplayName(), "2 free places");
        assertThat(availableMentors()).isEqualTo(availableBefore);
        assertThat(requests.request(people.mentee().getId(), mentor.getId(), "Now?").getMentor().getId()).isEqualTo(mentor.getId());
    }

    @Test
    void aDeactivatedMenteeCannotRequest() {
        Person mentee = people.mentee();
        peopleService.deactivate(mentee.getId());

        assertThatThrownBy(() -> requests.request(mentee.getId(), mentor.getId(), "Please?"))
                .isInstanceOfSatisfying(RequestRefusedException.class, refused -> {
                    assertThat(refused.getReason()).isEqualTo(Reason.REQUESTER_DEACTIVATED);
                    assertThat(refused.getMessage()).contains("Your account is deactivated");
                });
        assertThat(mentorships.of(mentee.getId())).isEmpty();
    }

    @Test
    void reactivateIsIdempotentAndHarmlessForActiveOrUnknownAccounts() {
        assertThat(peopleService.reactivate(mentor.getId())).as("active already").isFalse();
        assertThat(peopleService.reactivate("nobody" + UUID.randomUUID().toString().substring(0, 8))).isFalse();

        peopleService.deactivate(mentor.getId());
        peopleService.deactivate(mentor.getId()); // twice changes nothing
        assertThat(peopleService.reactivate(mentor.getId())).isTrue();
        assertThat(peopleService.reactivate(mentor.getId())).isFalse();
        assertThat(peopleService.isDeactivated(mentor.getId())).isFalse();
        assertThat(directory.isListed(mentor.getId())).isTrue();
    }

    private String search() {
        return BrowserSession.anonymous(port).get("/mentors?location=" + town).body();
    }

    private long availableMentors() {
        return directory.search(MentorQuery.ANY, PageRequest.of(0, 1)).getTotalElements();
    }
}
