package org.mentorflow.profile;

import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a checked profile form onto the person, fields of study and Camunda user name included. */
@Service
class ProfileEditor {

    private final PeopleService people;

    ProfileEditor(PeopleService people) {
        this.people = people;
    }

    @Transactional
    public Person save(String personId, ProfileUpdate update) {
        Person person = people.lock(personId);
        update.applyTo(person, people.fieldsOfStudy(update.fieldIds()));
        return people.saveProfile(person);
    }
}
