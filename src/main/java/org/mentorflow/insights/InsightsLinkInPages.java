package org.mentorflow.insights;

import jakarta.servlet.http.HttpServletRequest;
import org.mentorflow.security.CurrentLogin;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The top bar's "Insights" link, for the staff who may read the reports: analysts, coordinators, administrators. */
@ControllerAdvice
class InsightsLinkInPages {

    private final CurrentLogin currentLogin;

    InsightsLinkInPages(CurrentLogin currentLogin) {
        this.currentLogin = currentLogin;
    }

    @ModelAttribute("showsInsights")
    boolean showsInsights(HttpServletRequest request) {
        return currentLogin.of(request).flatMap(CurrentLogin.Login::staffRole).isPresent();
    }
}
