package org.mentorflow.security;

/**
 * Which account a single sign-on opens: found by the institution's link, linked by the confirmed address, or made
 * anew. Single sign-on knows the answer (it keeps the links and starts registrations), so it implements this;
 * security only asks, and does not depend on it.
 */
public interface InstitutionalAccounts {

    /**
     * @return the user id (also the Camunda user id) the login opens
     * @throws InstitutionalLoginRefusal why it opens none
     */
    String admit(InstitutionalIdentity identity);
}
