package org.mentorflow.people;

/**
 * A deactivated account is active again. Published inside the reactivating transaction, because the reactivation is
 * one bulk update that no entity listener sees.
 */
public record AccountReactivated(String personId) {
}
