package org.mentorflow.security;

import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Puts {@link EngineApiGuard} into every Jersey app of the application, as system.RefusalAnswerDiscovery does for
 * refusals: the webapps' engine API is a servlet Camunda registers with its own application class only, so
 * META-INF/services is the one way in. In the other apps (Cockpit's, Admin's, Tasklist's plugins) no rule matches.
 */
public class EngineApiGuardDiscovery implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (context.getConfiguration().getRuntimeType() == RuntimeType.SERVER
                && !context.getConfiguration().isRegistered(EngineApiGuard.class)) {
            context.register(EngineApiGuard.class);
        }
    }
}
