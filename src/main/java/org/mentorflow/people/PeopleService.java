package org.mentorflow.people;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.mentorflow.security.Groups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people feature's door for every other feature: participants and their Camunda accounts. */
@Service
public class PeopleService {

    private final PersonRepository people;
    private final FieldOfStudyRepository fields;
    private final IdentityService identityService;

    PeopleService(PersonRepository people, FieldOfStudyRepository fields, IdentityService identityService) {
        this.people = people;
        this.fields = fields;
        this.identityService = identityService;
    }

    /** Creates the participant and the Camunda user with the same id, in the groups of the roles. */
    @Transactional
    public Person register(NewPerson newPerson) {
        if (!newPerson.id().matches("[a-zA-Z0-9]{2,64}")) {
            // Camunda's default user id pattern: the id is the Camunda login too
            throw new IllegalArgumentException("A user name has 2 to 64 letters and digits only, not '" + newPerson.id() + "'.");
        }
        if (people.existsById(newPerson.id())) {
            throw new IllegalArgumentException("The id '" + newPerson.id() + "' is taken.");
        }
        if (people.existsByEmailIgnoreCase(newPerson.email())) {
            throw new IllegalArgumentException("The e-mail address " + newPerson.email() + " is registered already.");
        }
        Person person = new Person(newPerson.id(), newPerson.firstName(), newPerson.lastName(),
                newPerson.email(), newPerson.language());
        person.setMentee(newPerson.mentee());
        person.setMentor(newPerson.mentor());
        people.save(person);

        User user = identityService.newUser(newPerson.id());
        user.setFirstName(newPerson.firstName());
        user.setLastName(newPerson.lastName());
        user.setEmail(newPerson.email());
        user.setPassword(newPerson.password());
        identityService.saveUser(user);
        if (newPerson.mentee()) {
            identityService.createMembership(newPerson.id(), Groups.MENTEES);
        }
        if (newPerson.mentor()) {
            identityService.createMembership(newPerson.id(), Groups.MENTORS);
        }
        return person;
    }

    /** Whether a user name is in use, by a participant (in any letter case) or by another Camunda user. */
    @Transactional(readOnly = true)
    public boolean idTaken(String id) {
        return people.existsByIdIgnoreCase(id) || identityService.createUserQuery().userId(id).count() > 0;
    }

    @Transactional(readOnly = true)
    public boolean emailTaken(String email) {
        return people.existsByEmailIgnoreCase(email);
    }

    @Transactional(readOnly = true)
    public Optional<Person> findByEmail(String email) {
        return people.findByEmailIgnoreCase(email);
    }

    /** Gives the person the mentee role and its Camunda group; nothing happens if they have it already. */
    @Transactional
    public Person becomeMentee(String personId) {
        Person person = get(personId);
        person.setMentee(true);
        joinGroup(personId, Groups.MENTEES);
        return person;
    }

    /** Gives the person the mentor role and its Camunda group; they are listed only once verified as a mentor. */
    @Transactional
    public Person becomeMentor(String personId) {
        Person person = get(personId);
        person.setMentor(true);
        joinGroup(personId, Groups.MENTORS);
        return person;
    }

    private void joinGroup(String personId, String group) {
        if (identityService.createUserQuery().userId(personId).memberOfGroup(group).count() == 0) {
            identityService.createMembership(personId, group);
        }
    }

    /**
     * Removes an account that was never used (a registration never verified): the participant and the Camunda
     * user with its memberships. Anything the person took part in would stop this, which is intended.
     */
    @Transactional
    public void deleteUnusedAccount(String personId) {
        people.delete(get(personId));
        people.flush();
        identityService.deleteUser(personId);
    }

    /** Makes the person a coordinator: Cockpit, Tasklist and Admin, every task and mail. */
    @Transactional
    public void grantCoordinator(String personId) {
        identityService.createMembership(personId, Groups.COORDINATORS);
        identityService.createMembership(personId, Groups.CAMUNDA_ADMIN);
    }

    @Transactional(readOnly = true)
    public Person get(String id) {
        return people.findById(id).orElseThrow(() -> new UnknownPersonException(id));
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(String id) {
        return people.findById(id);
    }

    /** Loads the person with a row lock held until the surrounding transaction ends. */
    @Transactional
    public Person lock(String id) {
        return people.findByIdForUpdate(id).orElseThrow(() -> new UnknownPersonException(id));
    }

    @Transactional
    public Person save(Person person) {
        return people.save(person);
    }

    /** The field of study with this name, created under its category when new. */
    @Transactional
    public FieldOfStudy fieldOfStudy(String name, String categoryName) {
        FieldOfStudy category = categoryName == null ? null
                : fields.findByName(categoryName).orElseGet(() -> fields.save(new FieldOfStudy(categoryName, null)));
        return fields.findByName(name).orElseGet(() -> fields.save(new FieldOfStudy(name, category)));
    }

    @Transactional(readOnly = true)
    public long count() {
        return people.count();
    }
}
