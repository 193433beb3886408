package org.mentorflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.ui.ExtendedModelMap;

/**
 * Single sign-on is a switch: off, the portal has no OAuth2 client and its login page no button; on, the client
 * is there without asking the provider anything until the first login. The application's own test context has it
 * on (IntegrationTest), so the off side is checked here, on the configuration alone.
 */
class InstitutionalLoginSwitchTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class, InstitutionalLoginConfiguration.class)
            .withBean(GroupAuthorities.class, () -> new GroupAuthorities(null))
            .withBean(InstitutionalAccounts.class, () -> identity -> "nobody");

    @EnableConfigurationProperties(InstitutionalLoginSettings.class)
    static class Settings {
    }

    @Test
    void offByDefaultWithNoClientAndNoButton() {
        context.run(off -> {
            assertThat(off).hasNotFailed();
            assertThat(off).doesNotHaveBean(ClientRegistrationRepository.class).doesNotHaveBean(InstitutionalLogin.class);
            ExtendedModelMap model = new ExtendedModelMap();
            new LoginPageController(off.getBean(InstitutionalLoginSettings.class))
                    .loginForm(null, new MockHttpServletRequest(), Locale.ENGLISH, model);
            assertThat(model).doesNotContainKeys("institution", "institutionLogin", "ssoRefusal");
        });
    }

    @Test
    void onWithoutAskingTheProviderAtStartUp() {
        // nothing listens there: a provider asked at start-up would fail the context
        context.withPropertyValues("mentorflow.sso.enabled=true", "mentorflow.sso.issuer-uri=http://127.0.0.1:9/realms/none",
                "mentorflow.sso.client-id=mentorflow", "mentorflow.sso.display-name.en=Aalto University").run(on -> {
            assertThat(on).hasNotFailed().hasSingleBean(ClientRegistrationRepository.class).hasSingleBean(InstitutionalLogin.class);
            ExtendedModelMap model = new ExtendedModelMap();
            new LoginPageController(on.getBean(InstitutionalLoginSettings.class))
                    .loginForm("not-ours", new MockHttpServletRequest(), Locale.GERMAN, model);
            assertThat(model).containsEntry("institution", "Aalto University") // English stands in for German
                    .containsEntry("institutionLogin", "/oauth2/authorization/institution")
                    .containsEntry("ssoRefusal", "login.sso.failed"); // an unknown code says only that it failed
        });
    }

    @Test
    void onWithoutProviderOrClientFailsAtStartUpSayingWhy() {
        context.withPropertyValues("mentorflow.sso.enabled=true").run(broken -> assertThat(broken).hasFailed()
                .getFailure().rootCause().hasMessageContaining("no issuer-uri or client-id"));
    }

    @Test
    void theMenteeAffiliationsAreComparedWholeIgnoringCase() {
        InstitutionalLoginSettings settings = new InstitutionalLoginSettings(true, "http://idp", "c", "s", List.of(),
                Map.of(), null, List.of("student", "student@aalto.fi"));

        assertThat(settings.admitsMentee(List.of("member", "Student"))).isTrue();
        assertThat(settings.admitsMentee(List.of("student@aalto.fi"))).isTrue();
        assertThat(settings.admitsMentee(List.of("student@other.example"))).isFalse();
        assertThat(settings.admitsMentee(List.of("alum", "member"))).isFalse();
        assertThat(settings.admitsMentee(List.of())).isFalse();
    }
}
