package org.mentorflow.directory;

import jakarta.persistence.EntityManagerFactory;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.mentorflow.mentorship.Mentorship;
import org.mentorflow.people.Person;
import org.mentorflow.programme.Programme;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link MentorListing} in step with every write through JPA, wherever it happens (profile, verification,
 * requests, answers, timers, deactivation, deletion): Hibernate reports each written person, mentorship and
 * programme, and just before the transaction commits, after its last flush, the mentors concerned are recomputed
 * on the transaction's own connection. So the listing commits or rolls back with the change, and no caller has to
 * remember it. Writes past JPA (the login's bulk reactivation) publish an event MentorListing listens to.
 */
@Component
class ListingFollowsChanges implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

    /** What one session's transaction changed so far; gone when it completes. */
    private final Map<EventSource, Changes> pending = Collections.synchronizedMap(new WeakHashMap<>());

    ListingFollowsChanges(EntityManagerFactory entityManagerFactory) {
        EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.POST_INSERT, this);
        listeners.appendListeners(EventType.POST_UPDATE, this);
        listeners.appendListeners(EventType.POST_DELETE, this);
        listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
        listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
        listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        written(event.getSession(), event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        written(event.getSession(), event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        written(event.getSession(), event.getEntity());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collectionWritten(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        collectionWritten(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        collectionWritten(event);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void collectionWritten(AbstractCollectionEvent event) {
        written(event.getSession(), event.getAffectedOwnerOrNull()); // languages, fields and levels of a person
    }

    private void written(EventSource session, Object entity) {
        if (entity instanceof Person person) {
            changes(session).mentors.add(person.getId());
        } else if (entity instanceof Mentorship mentorship) {
            changes(session).mentors.add(mentorship.getMentor().getId());
        } else if (entity instanceof Programme programme && !programme.isCohort()) {
            changes(session).rules = true; // its limit of open requests per mentor, or another continuous programme
        }
    }

    private Changes changes(EventSource session) {
        return pending.computeIfAbsent(session, first -> {
            first.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) completing -> {
                Changes changes = pending.remove(first);
                if (changes != null) {
                    completing.doWork(connection -> changes.apply(
                            new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection, true))));
                }
            });
            first.getActionQueue().registerProcess((AfterTransactionCompletionProcess) (success, completed) -> pending.remove(first));
            return new Changes();
        });
    }

    private static final class Changes {

        final Set<String> mentors = new LinkedHashSet<>();
        boolean rules;

        void apply(NamedParameterJdbcTemplate connection) {
            if (rules) {
                MentorListing.rebuild(connection);
            } else if (!mentors.isEmpty()) {
                MentorListing.refresh(connection, mentors);
            }
        }
    }
}
