package org.mentorflow.people;

/**
 * A feature's part in deleting an account: each feature that keeps personal data of its own (uploads, mails,
 * certificates, texts, process history) implements this as a Spring bean and removes or anonymises that data.
 * All erasers run in the deletion's one transaction, ordered by {@link org.springframework.core.annotation.Order}
 * (default: last), while the person row still holds the name, before people anonymises the person itself; a
 * failing eraser rolls the whole deletion back, so nothing is half deleted.
 */
public interface PersonalDataEraser {

    /** Removes or anonymises what this feature holds about the person with this id. */
    void erase(String personId);
}
