package org.mentorflow.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * New and changed passwords are hashed with bcrypt; passwords stored before (Camunda's salted SHA-512) still
 * verify (the engine always keeps that checker), so an existing installation keeps its logins.
 */
@Component
class PasswordHashingPlugin extends AbstractProcessEnginePlugin {

    private final int strength;

    PasswordHashingPlugin(@Value("${mentorflow.security.bcrypt-strength:10}") int strength) {
        this.strength = strength;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordEncryptor(new BcryptPasswordEncryptor(strength));
    }
}
