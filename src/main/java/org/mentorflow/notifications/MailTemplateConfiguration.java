package org.mentorflow.notifications;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

@Configuration
class MailTemplateConfiguration {

    /** Plain-text parts of mails ({@code *.txt}); Boot's own resolver keeps serving the HTML templates. */
    @Bean
    SpringResourceTemplateResolver textMailTemplateResolver() {
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
        resolver.setPrefix("classpath:/templates/");
        resolver.setSuffix("");
        resolver.setResolvablePatterns(java.util.Set.of("*.txt"));
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setOrder(1);
        resolver.setCheckExistence(true);
        return resolver;
    }
}
