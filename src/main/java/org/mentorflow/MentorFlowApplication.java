package org.mentorflow;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableProcessApplication("mentorflow")
public class MentorFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(MentorFlowApplication.class, args);
    }
}
