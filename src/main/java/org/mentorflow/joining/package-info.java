/**
 * How people take part in a cohort: mentors sign up as candidates while its sign-up is open (capacity, levels,
 * languages, preferences), students join and see the candidates they may ask now, and send their request inside the
 * request window. The rules of a request itself stay with {@link org.mentorflow.mentorship.request.MentorshipRequests};
 * the listing with {@link org.mentorflow.directory.MentorDirectory}.
 */
package org.mentorflow.joining;
