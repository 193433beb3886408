package org.mentorflow.system;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.springframework.context.MessageSource;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.servlet.LocaleResolver;

/**
 * How both REST apps (/engine-rest and the webapps' engine API that Tasklist calls) answer a refusal: 400 (403 for a
 * {@link ForbiddenStepException}) with Camunda's error body whose message is the sentence alone, in the reader's
 * language; Tasklist shows that message under the form. Jersey makes this mapper itself in the webapps' servlets, so it finds the portal's message files
 * and language choice through the servlet context.
 */
@Provider
public class RefusalAnswer implements ExceptionMapper<StepRefusedException> {

    @Context
    private ServletContext servletContext;

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(StepRefusedException refusal) {
        ExceptionDto body = new ExceptionDto();
        boolean forbidden = refusal instanceof ForbiddenStepException;
        body.setType((forbidden ? ForbiddenStepException.class : StepRefusedException.class).getSimpleName());
        body.setMessage(sentence(refusal));
        Response.Status status = forbidden ? Response.Status.FORBIDDEN : Response.Status.BAD_REQUEST;
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private String sentence(StepRefusedException refusal) {
        WebApplicationContext application = WebApplicationContextUtils.getWebApplicationContext(servletContext);
        if (application == null) {
            return refusal.getMessage();
        }
        LocaleResolver language = application.getBean(LocaleResolver.class);
        return refusal.in(application.getBean(MessageSource.class), language.resolveLocale(request));
    }
}
