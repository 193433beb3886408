package org.mentorflow.system;

import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Puts {@link RefusalAnswer} into every Jersey app of the application, both REST apps included: /engine-rest
 * (Spring Boot's) and the webapps' engine API that Tasklist calls, a servlet Camunda registers with nothing but its
 * own application class. Jersey finds this through META-INF/services, its documented way for a library to add
 * providers to apps it does not configure.
 */
public class RefusalAnswerDiscovery implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (context.getConfiguration().getRuntimeType() == RuntimeType.SERVER
                && !context.getConfiguration().isRegistered(RefusalAnswer.class)) {
            context.register(RefusalAnswer.class);
        }
    }
}
