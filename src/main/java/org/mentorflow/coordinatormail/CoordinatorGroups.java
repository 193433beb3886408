package org.mentorflow.coordinatormail;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.mentorflow.notifications.MailOutbox;
import org.mentorflow.people.Groups;
import org.mentorflow.people.PeopleService;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;
import org.mentorflow.programme.Programmes;
import org.springframework.stereotype.Component;

/**
 * The groups whose tasks are coordinator tasks, the installation's {@code coordinators} and each programme's own
 * coordinator group, and the people in them who can be mailed: a Camunda user without a participant profile (no
 * language, maybe no address) or with an invalid address is left out rather than failing the step that mails.
 */
@Component
class CoordinatorGroups {

    private final Programmes programmes;
    private final IdentityService identity;
    private final PeopleService people;

    CoordinatorGroups(Programmes programmes, IdentityService identity, PeopleService people) {
        this.programmes = programmes;
        this.identity = identity;
        this.people = people;
    }

    /** Every coordinators group of the installation, read now: a programme may have been given a new group. */
    Set<String> all() {
        Set<String> groups = new TreeSet<>();
        groups.add(Groups.COORDINATORS);
        programmes.all().stream().map(Programme::getCoordinatorGroup).filter(group -> group != null && !group.isBlank())
                .forEach(groups::add);
        return groups;
    }

    /** The coordinators among these groups' members, each with the coordinators groups of these they are in. */
    Map<Person, Set<String>> membersOf(Collection<String> groups) {
        Set<String> coordinatorGroups = all();
        Map<String, Set<String>> groupsByUser = new LinkedHashMap<>();
        for (String group : groups) {
            if (!coordinatorGroups.contains(group)) {
                continue;
            }
            for (User user : identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
                groupsByUser.computeIfAbsent(user.getId(), id -> new LinkedHashSet<>()).add(group);
            }
        }
        Map<Person, Set<String>> members = new LinkedHashMap<>();
        groupsByUser.forEach((userId, theirs) -> participant(userId).ifPresent(person -> members.put(person, theirs)));
        return members;
    }

    /** Every coordinator of the installation with their coordinators groups. */
    Map<Person, Set<String>> everyCoordinator() {
        return membersOf(all());
    }

    private Optional<Person> participant(String userId) {
        return people.find(userId).filter(MailOutbox::canWriteTo);
    }
}
