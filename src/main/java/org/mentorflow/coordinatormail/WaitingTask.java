package org.mentorflow.coordinatormail;

/**
 * One waiting coordinator task as a mail shows it, in the recipient's language.
 *
 * @param name  the task's name
 * @param about whom or what it is about ("Mentorship of Mia and Max"); null if the task says nothing
 * @param since when it was created, written out in the installation's time zone
 * @param due   its due date, written out likewise; null if it has none
 * @param link  where the coordinator opens it
 */
public record WaitingTask(String name, String about, String since, String due, String link) {
}
