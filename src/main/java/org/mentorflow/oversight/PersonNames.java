package org.mentorflow.oversight;

import java.util.HashMap;
import java.util.Map;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;

/**
 * Names for the person ids the engine keeps (task assignees, who cancelled), looked up once per page. An id with no
 * person behind it (an administrator without a profile) is shown as it is.
 */
final class PersonNames {

    private final PeopleService people;
    private final Map<String, String> known = new HashMap<>();

    PersonNames(PeopleService people) {
        this.people = people;
    }

    String of(String personId) {
        if (personId == null) {
            return "";
        }
        return known.computeIfAbsent(personId, id -> people.find(id).map(Person::getDisplayName).orElse(id));
    }
}
