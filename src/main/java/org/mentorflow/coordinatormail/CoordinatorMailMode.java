package org.mentorflow.coordinatormail;

/** How coordinators hear of their waiting tasks ({@code mentorflow.coordinator-mail.mode}). */
public enum CoordinatorMailMode {
    /** One mail per new task, sent when the task is created. */
    IMMEDIATE,
    /** One digest a day listing every task waiting. */
    DAILY
}
