package org.mentorflow.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.mentorflow.people.FieldOfStudy;
import org.mentorflow.people.MentoringLevel;
import org.mentorflow.people.Person;

/**
 * A checked profile form, ready to be written onto the person.
 *
 * @param application the mentee's four sections, null for someone who is no mentee
 * @param mentoring what a mentor states, null for someone who is no mentor
 */
record ProfileUpdate(String firstName, String lastName, String phone, String location, LocalDate dateOfBirth,
        Set<String> spokenLanguages, Set<Long> fieldIds, String language, Application application, Mentoring mentoring) {

    record Application(String myData, String currentSituation, String goals, String helpWished) {
    }

    record Mentoring(String professionalBackground, int capacity, Set<MentoringLevel> levels, boolean available) {
    }

    void applyTo(Person person, List<FieldOfStudy> fields) {
        person.setFirstName(firstName);
        person.setLastName(lastName);
        person.setPhone(phone);
        person.setLocation(location);
        person.setDateOfBirth(dateOfBirth);
        person.setLanguage(language);
        person.getSpokenLanguages().clear();
        person.getSpokenLanguages().addAll(spokenLanguages);
        person.getFieldsOfStudy().clear();
        person.getFieldsOfStudy().addAll(fields);
        if (application != null) {
            person.setApplication(application.myData(), application.currentSituation(), application.goals(), application.helpWished());
        }
        if (mentoring != null) {
            person.setProfessionalBackground(mentoring.professionalBackground());
            person.setCapacity(mentoring.capacity());
            person.getMentoringLevels().clear();
            person.getMentoringLevels().addAll(mentoring.levels());
            person.setAvailable(mentoring.available());
        }
    }
}
