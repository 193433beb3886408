package org.mentorflow.people;

public class UnknownPersonException extends RuntimeException {

    public UnknownPersonException(String id) {
        super("There is no participant with the id '" + id + "'.");
    }
}
