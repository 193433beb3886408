package org.mentorflow.directory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mentorflow.people.FieldOfStudy;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Suggested for you": the listed mentors who fit a mentee best. The database narrows the listed mentors down to
 * a few hundred that share something with the mentee (so 100,000 profiles are never loaded), {@link MentorFit}
 * ranks those.
 */
@Service
class MentorSuggestions {

    /** Suggestions shown at once. */
    static final int SHOWN = 6;
    /** Candidates of each kind (same field, same category, same place, same language) ranked in Java. */
    static final int EACH = 100;

    private final MentorDirectory directory;
    private final PeopleService people;

    MentorSuggestions(MentorDirectory directory, PeopleService people) {
        this.directory = directory;
        this.people = people;
    }

    /** The best-fitting mentors for this person, best first; none when the person is no mentee. */
    @Transactional(readOnly = true)
    List<MentorFit.Suggestion> forMentee(String personId) {
        Person mentee = people.find(personId).filter(Person::isMentee).orElse(null);
        if (mentee == null) {
            return List.of();
        }
        MentorFit.Interests interests = interestsOf(mentee);
        List<MentorFit.Candidate> candidates = directory.candidates(mentee.getId(), interests.fields(),
                interests.categories(), interests.languages(), mentee.getLocation(), EACH);
        return MentorFit.rank(interests, candidates, SHOWN);
    }

    private static MentorFit.Interests interestsOf(Person mentee) {
        List<MentorCard.Field> fields = mentee.getFieldsOfStudy().stream().map(MentorSuggestions::field).toList();
        Set<String> languages = new LinkedHashSet<>(mentee.getSpokenLanguages());
        languages.add(mentee.getLanguage());
        return MentorFit.Interests.of(fields, languages, mentee.getLocation(), mentee.getGoals(), mentee.getHelpWished());
    }

    private static MentorCard.Field field(FieldOfStudy field) {
        return new MentorCard.Field(field.getName(), field.getCategory() == null ? null : field.getCategory().getName());
    }
}
