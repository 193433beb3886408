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

    /** The person a public link names (a mentor card's request link, for example). */
    @Transactional(readOnly = true)
    public Optional<Person> findByPublicId(String publicId) {
        return publicId == null ? Optional.empty() : people.findByPublicId(publicId);
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
