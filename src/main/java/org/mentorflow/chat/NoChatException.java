package org.mentorflow.chat;

/**
 * The person has no thread here: the mentorship does not exist, is not theirs, or was never accepted. One
 * answer for all three, so a stranger learns nothing about other people's mentorships.
 */
class NoChatException extends RuntimeException {

    NoChatException(long mentorshipId, String personId) {
        super("No chat of mentorship " + mentorshipId + " for " + personId);
    }
}
