/**
 * The request stage: a mentee asks a mentor, may take the request back, and the mentor answers; the request rules
 * and the review task's glue. {@link org.mentorflow.mentorship.request.MentorshipRequests} starts the mentorship's
 * process with every stage's programme settings, so this package sits on top of the others and none uses it.
 */
@NamedInterface("request")
package org.mentorflow.mentorship.request;

import org.springframework.modulith.NamedInterface;
