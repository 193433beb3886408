package org.mentorflow.programme;

/** Someone else saved the programme after the form was opened: the coordinator reloads and makes the change again. */
class StaleProgrammeException extends RuntimeException {

    StaleProgrammeException(long id) {
        super("Programme " + id + " was changed meanwhile");
    }
}
