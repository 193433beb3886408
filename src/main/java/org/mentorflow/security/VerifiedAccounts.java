package org.mentorflow.security;

/**
 * Whether an account's e-mail address is confirmed, which a password login needs. Registration sends the link and
 * knows the answer, so it implements this; security only asks, and does not depend on registration.
 */
public interface VerifiedAccounts {

    /** Accounts not made through the portal's registration (demo data, coordinators) count as verified. */
    boolean isVerified(String userId);
}
