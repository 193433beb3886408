package org.mentorflow.mentorship.request;

import java.util.EnumSet;
import java.util.Set;
import org.mentorflow.documents.DocumentAccess;
import org.mentorflow.documents.DocumentKind;
import org.mentorflow.mentorship.MentorshipRepository;
import org.mentorflow.mentorship.MentorshipState;
import org.springframework.stereotype.Component;

/**
 * The CV is part of the application: the mentor a mentee asked reads it while the request is open and while
 * the mentorship runs; nobody else does, and no other document.
 */
@Component
class MentorsReadApplicantCvs implements DocumentAccess {

    private static final Set<MentorshipState> SHARED = EnumSet.copyOf(MentorshipState.OCCUPYING);

    static {
        SHARED.add(MentorshipState.REQUESTED);
    }

    private final MentorshipRepository mentorships;

    MentorsReadApplicantCvs(MentorshipRepository mentorships) {
        this.mentorships = mentorships;
    }

    @Override
    public boolean mayRead(String readerId, String ownerId, DocumentKind kind) {
        return kind == DocumentKind.CV && mentorships.existsByMenteeIdAndMentorIdAndStateIn(ownerId, readerId, SHARED);
    }
}
