package org.mentorflow.credits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentorflow.credits.CreditSummary.Achievement;

/** Awards happen once per key; the summary adds them up per event. */
class CreditsLedgerTest extends CreditsTest {

    @Test
    void sameKeyAwardsOnce() {
        assertThat(award("agreement", mentee, "AGREEMENT_APPROVED", "MENTEE")).isTrue();

        assertThat(award("agreement", mentee, "AGREEMENT_APPROVED", "MENTEE")).isFalse();
        assertThat(ledger.summary(mentee).total()).isEqualTo(10);
    }

    @Test
    void summaryAddsUpPerEventInTheOrderEarned() {
        award("agreement", mentee, "AGREEMENT_APPROVED", "MENTEE");
        for (int meeting = 1; meeting <= 3; meeting++) {
            award("meeting-" + meeting, mentee, "MEETING_CONFIRMED", "MENTEE");
        }
        award("completed", mentee, "MENTORSHIP_COMPLETED", "MENTEE");
        award("completed-mentor", mentor, "MENTORSHIP_COMPLETED", "MENTOR");

        CreditSummary summary = ledger.summary(mentee);

        assertThat(summary.total()).isEqualTo(10 + 3 * 5 + 25);
        assertThat(summary.achievements()).containsExactly(
                new Achievement("AGREEMENT_APPROVED", 1, 10),
                new Achievement("MEETING_CONFIRMED", 3, 15),
                new Achievement("MENTORSHIP_COMPLETED", 1, 25));
        assertThat(ledger.summary(mentor)).isEqualTo(new CreditSummary(30, List.of(new Achievement("MENTORSHIP_COMPLETED", 1, 30))));
    }

    @Test
    void communityWorkNeedsNeitherRoleNorMentorship() {
        assertThat(ledger.award(key("wiki"), mentor, "WIKI_ARTICLE_CREATED", null, null)).isTrue();

        assertThat(ledger.summary(mentor).achievements()).containsExactly(new Achievement("WIKI_ARTICLE_CREATED", 1, 3));
    }

    @Test
    void nobodyWithoutCreditsHasZero() {
        assertThat(ledger.summary(mentee)).isEqualTo(new CreditSummary(0, List.of()));
    }

    @Test
    void anEventTheDecisionDoesNotKnowIsAnErrorAndWritesNothing() {
        assertThatThrownBy(() -> award("typo", mentee, "MEETING_CONFIRMD", "MENTEE"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no points for MEETING_CONFIRMD");
        assertThatThrownBy(() -> award("no-role", mentee, "MENTORSHIP_COMPLETED", null))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(ledger.summary(mentee).total()).isZero();
        assertThat(award("typo", mentee, "MEETING_CONFIRMED", "MENTEE")).as("the key is still free").isTrue();
    }

    private boolean award(String name, String personId, String event, String role) {
        return ledger.award(key(name), personId, event, role, mentorship.getId());
    }

    /** Keys are unique across the whole shared database, so each test's keys carry its mentorship. */
    private String key(String name) {
        return "test/" + mentorship.getId() + "/" + name;
    }
}
