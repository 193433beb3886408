package org.mentorflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's own login form (Tasklist shows it after its logout button) passes the {@link LoginGate} first: the
 * same lock and refusals as the portal's form. Only an admitted login reaches Camunda, which then checks the
 * password once more and opens its session; the e-mail address works here too, as the user name is put in.
 */
class CamundaFormGate extends OncePerRequestFilter {

    private static final Pattern LOGIN = Pattern.compile(".*/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");

    private final LoginGate gate;
    private final LoginRefusalAnswer refusals;

    CamundaFormGate(LoginGate gate, LoginRefusalAnswer refusals) {
        this.gate = gate;
        this.refusals = refusals;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !LOGIN.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String userId;
        try {
            // reads the form body; Camunda's resource then takes its @FormParams from the parameters
            userId = gate.admit(request.getParameter("username"), request.getParameter("password"),
                    LoginGate.Door.CAMUNDA_FORM);
        } catch (AuthenticationException refused) {
            refusals.send(request, response, refused);
            return;
        }
        chain.doFilter(new WithUserName(request, userId), response);
    }

    /** The form as Camunda reads it, with the user id in place of an e-mail address typed. */
    private static final class WithUserName extends HttpServletRequestWrapper {

        private final String userId;

        WithUserName(HttpServletRequest request, String userId) {
            super(request);
            this.userId = userId;
        }

        @Override
        public String getParameter(String name) {
            return "username".equals(name) ? userId : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return "username".equals(name) ? new String[] {userId} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new HashMap<>(super.getParameterMap());
            parameters.put("username", new String[] {userId});
            return parameters;
        }
    }

    @Configuration
    static class Registration {

        @Bean
        FilterRegistrationBean<CamundaFormGate> camundaFormGate(LoginGate gate, LoginRefusalAnswer refusals) {
            FilterRegistrationBean<CamundaFormGate> registration =
                    new FilterRegistrationBean<>(new CamundaFormGate(gate, refusals));
            registration.setName("mentorflow-camunda-form-gate");
            // servlet patterns have no wildcard mid-path; shouldNotFilter picks the login itself
            registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
            return registration;
        }
    }
}
