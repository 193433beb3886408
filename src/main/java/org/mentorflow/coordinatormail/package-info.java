/**
 * Mail to coordinators about the tasks waiting for them: "Verify mentor", "Check on inactive mentorship" and every
 * other user task of a coordinators group (the installation's {@code coordinators} and each programme's own). By
 * {@code mentorflow.coordinator-mail.mode} either one mail per new task, right when it is created, or one digest a
 * day listing every task waiting (processes/coordinator-task-digest.bpmn). Mails go through the notifications
 * outbox, in each coordinator's language.
 */
package org.mentorflow.coordinatormail;
