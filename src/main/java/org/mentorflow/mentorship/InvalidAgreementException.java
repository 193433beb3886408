package org.mentorflow.mentorship;

import java.util.List;

/** Agreement terms the programme does not accept; the message lists what to fix. */
public class InvalidAgreementException extends RuntimeException {

    InvalidAgreementException(List<String> problems) {
        super(String.join(" ", problems));
    }
}
