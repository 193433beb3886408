package org.mentorflow.credits;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Points one person earned for one event; the key makes each award happen once. */
@Entity
class CreditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String personId;
    private String event;
    /** "MENTEE", "MENTOR", or none for community work. */
    private String role;
    private int points;
    private Long mentorshipId;
    private String entryKey;
    private Instant createdAt;

    protected CreditEntry() {
    }

    CreditEntry(String entryKey, String personId, String event, String role, int points, Long mentorshipId, Instant now) {
        this.entryKey = entryKey;
        this.personId = personId;
        this.event = event;
        this.role = role;
        this.points = points;
        this.mentorshipId = mentorshipId;
        this.createdAt = now;
    }

    String getEvent() {
        return event;
    }

    int getPoints() {
        return points;
    }
}
