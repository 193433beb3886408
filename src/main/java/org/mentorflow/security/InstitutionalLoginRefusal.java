package org.mentorflow.security;

import java.util.Locale;

/** Why a single sign-on opens no account; the login page says it in a plain sentence ({@code login.sso.*}). */
public class InstitutionalLoginRefusal extends RuntimeException {

    public enum Reason {
        /** the provider did not confirm the address, so it may neither make nor link an account */
        EMAIL_UNCONFIRMED,
        /** the provider sent no address or no subject */
        INCOMPLETE,
        /** the account with this address is linked to another person of the same institution */
        LINKED_ELSEWHERE,
        /** anything else: the provider refused, the answer came back broken, the provider cannot be reached */
        FAILED;

        /** The code on the login page's address ({@code /login?sso=email-unconfirmed}) and in its message key. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Reason ofCode(String code) {
            for (Reason reason : values()) {
                if (reason.code().equals(code)) {
                    return reason;
                }
            }
            return FAILED;
        }
    }

    private final Reason reason;

    public InstitutionalLoginRefusal(Reason reason) {
        super("single sign-on refused: " + reason.code());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
