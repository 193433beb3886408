package org.mentorflow.people;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people feature's door for every other feature: participants and their Camunda accounts. */
@Service
public class PeopleService {

    private final PersonRepository people;
    private final FieldOfStudyRepository fields;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    PeopleService(PersonRepository people, FieldOfStudyRepository fields, IdentityService identityService,
            AuthorizationService authorizationService, Clock clock, ApplicationEventPublisher events) {
        this.people = people;
        this.events = events;
        this.fields = fields;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.clock = clock;
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
                newPerson.email(), newPerson.language(), now());
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

    /**
     * Makes the person a coordinator: Cockpit and Tasklist, every task and mail, but no deploying and no Camunda
     * Admin ({@link #grantAdministrator}): the coordinators group's own authorizations say what it may.
     */
    @Transactional
    public void grantCoordinator(String personId) {
        joinGroup(personId, Groups.COORDINATORS);
    }

    /**
     * Makes the person an analyst: Cockpit and the engine's history to read, nothing to change, and no variable
     * values (what people wrote, their names in mails): the analysts group's authorizations and the engine API's
     * guard say so.
     */
    @Transactional
    public void grantAnalyst(String personId) {
        joinGroup(personId, Groups.ANALYSTS);
    }

    /**
     * Makes the person an administrator (Camunda's camunda-admin group): deploys models and manages users in
     * Camunda Admin. Deploying runs code on the server, so it is a right of its own, apart from coordinating.
     */
    @Transactional
    public void grantAdministrator(String personId) {
        joinGroup(personId, Groups.CAMUNDA_ADMIN);
    }

    @Transactional(readOnly = true)
    public Person get(String id) {
        return people.findById(id).orElseThrow(() -> new UnknownPersonException(id));
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(String id) {
        return people.findById(id);
    }

    /** The person who registered with this e-mail address, in any letter case. */
    @Transactional(readOnly = true)
    public Optional<Person> findByEmail(String email) {
        return people.findByEmailIgnoreCase(email.trim());
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

    // --- profile editing and account status (profile feature) ---

    /** Saves a profile edited by its owner; the Camunda user (Tasklist, Cockpit) shows the same name. */
    @Transactional
    public Person saveProfile(Person person) {
        Person saved = people.save(person);
        User user = identityService.createUserQuery().userId(person.getId()).singleResult();
        if (user != null && (!person.getFirstName().equals(user.getFirstName()) || !person.getLastName().equals(user.getLastName()))) {
            user.setFirstName(person.getFirstName());
            user.setLastName(person.getLastName());
            identityService.saveUser(user);
        }
        return saved;
    }

    /** The fields of study with these ids; unknown ids are left out. */
    @Transactional(readOnly = true)
    public List<FieldOfStudy> fieldsOfStudy(Collection<Long> ids) {
        return fields.findAllById(ids);
    }

    /** Whether the password is the person's own, checked by the engine's identity service like the login. */
    public boolean checkPassword(String personId, String password) {
        return password != null && !password.isEmpty() && identityService.checkPassword(personId, password);
    }

    /**
     * Hides the person: out of the mentor search and its counters, no new requests to or from them, every datum
     * kept. Running mentorships and open requests are left as they are. Deactivating twice changes nothing.
     */
    @Transactional
    public void deactivate(String personId) {
        get(personId).deactivate(now());
    }

    @Transactional(readOnly = true)
    public boolean isDeactivated(String personId) {
        return people.existsByIdAndAccountStatus(personId, AccountStatus.DEACTIVATED);
    }

    /**
     * Restores a deactivated account, for the login ("restored by logging in again"): one conditional UPDATE and
     * no read, so it may run on every login; for an active, deleted or unknown account it changes nothing.
     *
     * @return whether the account was deactivated and is active again now
     */
    @Transactional
    public boolean reactivate(String personId) {
        boolean reactivated = people.reactivate(personId, now()) > 0;
        if (reactivated) {
            events.publishEvent(new AccountReactivated(personId));
        }
        return reactivated;
    }

    /**
     * The last step of deleting an account, after every {@link PersonalDataEraser}: the person row keeps only its
     * id (mentorships, credits and certificates point to it) and neutral values; languages, fields and levels
     * go; the Camunda user goes with its memberships and every authorization granted to it, so nobody can log
     * in as this person again.
     */
    @Transactional
    public void anonymise(String personId) {
        Person person = lock(personId);
        person.anonymise("deleted-" + UUID.randomUUID() + "@deleted.invalid", now());
        identityService.deleteUser(personId); // memberships too
        for (Authorization authorization : authorizationService.createAuthorizationQuery().userIdIn(personId).list()) {
            authorizationService.deleteAuthorization(authorization.getId());
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
