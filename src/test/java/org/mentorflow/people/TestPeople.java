package org.mentorflow.people;

import java.util.UUID;

/** Creates participants with complete profiles and unique ids, so tests never share state. */
public class TestPeople {

    private final PeopleService people;

    public TestPeople(PeopleService people) {
        this.people = people;
    }

    public Person mentee(String language) {
        String id = uniqueId("mentee");
        Person mentee = people.register(new NewPerson(id, "Mia", "Ment" + id.substring(id.length() - 4), id + "@test.example", language, "secret", true, false));
        mentee.setApplication("Master's student of informatics.", "Writing my thesis.", "Find a job in product management.", "Feedback on my CV.");
        mentee.setPhone("+43 1 111 " + id.substring(id.length() - 4));
        mentee.getSpokenLanguages().add(language);
        mentee.getFieldsOfStudy().add(people.fieldOfStudy("Informatics", "Computer Science"));
        return people.save(mentee);
    }

    public Person mentee() {
        return mentee("en");
    }

    public Person menteeWithoutApplication() {
        String id = uniqueId("mentee");
        return people.register(new NewPerson(id, "Nico", "Blank", id + "@test.example", "en", "secret", true, false));
    }

    public Person mentor(int capacity, String language) {
        String id = uniqueId("mentor");
        Person mentor = people.register(new NewPerson(id, "Max", "Mentor" + id.substring(id.length() - 4), id + "@test.example", language, "secret", false, true));
        mentor.setCapacity(capacity);
        mentor.setMentorVerified(true);
        mentor.setPhone("+43 1 222 " + id.substring(id.length() - 4));
        mentor.setProfessionalBackground("Twelve years in software product management.");
        mentor.getSpokenLanguages().add(language);
        return people.save(mentor);
    }

    public Person mentor(int capacity) {
        return mentor(capacity, "en");
    }

    /** A coordinator (Cockpit, Tasklist, every task; no deploying) with the password "secret". */
    public Person coordinator() {
        String id = uniqueId("coordinator");
        Person coordinator = people.register(new NewPerson(id, "Cora", "Ordinator", id + "@test.example", "en", "secret", false, false));
        people.grantCoordinator(id);
        return coordinator;
    }

    /** An analyst (reads Cockpit and the history, changes nothing) with the password "secret". */
    public Person analyst() {
        String id = uniqueId("analyst");
        Person analyst = people.register(new NewPerson(id, "Ana", "Lyst", id + "@test.example", "en", "secret", false, false));
        people.grantAnalyst(id);
        return analyst;
    }

    /** An administrator (Camunda's camunda-admin group: deploys, manages users) with the password "secret". */
    public Person admin() {
        String id = uniqueId("admin");
        Person admin = people.register(new NewPerson(id, "Ada", "Admin", id + "@test.example", "en", "secret", false, false));
        people.grantAdministrator(id);
        return admin;
    }

    /** What a registering mentor writes into the profile before uploading the verification document. */
    public Person fillMentorProfile(String id) {
        Person mentor = people.get(id);
        mentor.getSpokenLanguages().add(mentor.getLanguage());
        mentor.setProfessionalBackground("Eight years as a data engineer in logistics.");
        return people.save(mentor);
    }

    public Person save(Person person) {
        return people.save(person);
    }

    private static String uniqueId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
