package org.mentorflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mentorflow.system.ForbiddenStepException;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A participant's call to Cockpit's or Admin's API, refused by {@link WebSecurity}: 403 with Camunda's error body,
 * as the engine API's refusals read ({@link EngineApiGuard}), so the webapps show the sentence like any other error.
 */
@Component
class CoordinatorsOnlyAnswer implements AccessDeniedHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MessageSource messages;
    private final LocaleResolver language;

    CoordinatorsOnlyAnswer(MessageSource messages, LocaleResolver language) {
        this.messages = messages;
        this.language = language;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("type", ForbiddenStepException.class.getSimpleName());
        body.put("message", messages.getMessage(EngineApiGuard.COORDINATORS_ONLY, null, language.resolveLocale(request)));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getOutputStream(), body);
    }
}
