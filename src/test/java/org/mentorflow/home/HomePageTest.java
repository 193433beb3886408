package org.mentorflow.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mentorflow.IntegrationTest;
import org.mentorflow.mentorship.MentorshipJourney;
import org.mentorflow.mentorship.request.MentorshipRequests;
import org.springframework.beans.factory.annotation.Autowired;

/** The public counters move with what happens: a new mentor, a mentorship that starts. */
class HomePageTest extends IntegrationTest {

    @Autowired
    MentorshipRequests requests;

    @Test
    void countersFollowMentorsAndMentorships() {
        long mentorsBefore = counter("Mentors available");
        long activeBefore = counter("Active mentorships");

        people.mentor(2);
        MentorshipJourney.accepted(requests, people.mentee(), people.mentor(1));

        assertThat(counter("Mentors available")).as("one more listed; the accepted one is full").isEqualTo(mentorsBefore + 1);
        assertThat(counter("Active mentorships")).isEqualTo(activeBefore + 1);
        assertThat(get("/?lang=de").body()).contains("Verfügbare Mentor:innen", "Laufende Mentorings");
    }

    private long counter(String label) {
        String page = get("/?lang=en").body();
        Matcher matcher = Pattern.compile("<strong>(\\d+)</strong><span>" + Pattern.quote(label) + "</span>").matcher(page);
        assertThat(matcher.find()).as(label + " on the home page").isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
