package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import org.broadsheet.content.visitor.SharedSecrets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

class VisitorIdsUnitTests {

    private final VisitorIds visitorIds = withKey("a-signing-key-for-tests-only-0123456789");

    @Test
    void verifiesTheVisitorIdOfACookieValueItIssued() {
        String cookie = visitorIds.issueCookieValue();

        assertThat(visitorIds.verify(cookie)).contains(cookie.substring(0, cookie.indexOf('.')));
    }

    @Test
    void issuesADifferentVisitorIdEveryTime() {
        assertThat(visitorIds.verify(visitorIds.issueCookieValue()))
                .isNotEqualTo(visitorIds.verify(visitorIds.issueCookieValue()));
    }

    @Test
    void rejectsACookieWhoseIdWasAltered() {
        String cookie = visitorIds.issueCookieValue();
        char first = cookie.charAt(0);
        String altered = (first == 'A' ? 'B' : 'A') + cookie.substring(1);

        assertThat(visitorIds.verify(altered)).isEmpty();
    }

    @Test
    void rejectsACookieWhoseSignatureWasAlteredAnywhere() {
        String cookie = visitorIds.issueCookieValue();

        for (int i = cookie.indexOf('.') + 1; i < cookie.length(); i++) {
            char c = cookie.charAt(i);
            String altered = cookie.substring(0, i) + (c == 'A' ? 'B' : 'A') + cookie.substring(i + 1);
            assertThat(visitorIds.verify(altered)).as("signature altered at %d", i).isEmpty();
        }
    }

    @Test
    void rejectsATruncatedCookie() {
        String cookie = visitorIds.issueCookieValue();

        assertThat(visitorIds.verify(cookie.substring(0, cookie.length() - 1))).isEmpty();
        assertThat(visitorIds.verify(cookie.substring(0, cookie.indexOf('.') + 1))).isEmpty();
        assertThat(visitorIds.verify(cookie.substring(0, cookie.indexOf('.')))).isEmpty();
    }

    @Test
    void rejectsEmptyAndGarbageValues() {
        assertThat(visitorIds.verify(null)).isEmpty();
        assertThat(visitorIds.verify("")).isEmpty();
        assertThat(visitorIds.verify(".")).isEmpty();
        assertThat(visitorIds.verify("not a cookie at all")).isEmpty();
        assertThat(visitorIds.verify("AAAAAAAAAAAAAAAAAAAAAA.%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%")).isEmpty();
        assertThat(visitorIds.verify(visitorIds.issueCookieValue() + ".extra")).isEmpty();
    }

    @Test
    void rejectsACookieSignedWithAnotherKey() {
        String foreign = withKey("another-publishers-key-9876543210").issueCookieValue();

        assertThat(visitorIds.verify(foreign)).isEmpty();
    }

    @Test
    void signsWithTheKeyKeptInTheDatabaseWhenNoneIsConfigured() {
        SharedSecrets secrets = mock(SharedSecrets.class);
        given(secrets.secret(VisitorIds.KEY_NAME)).willReturn("generated-and-stored-key");
        VisitorIds first = new VisitorIds(new PaywallProperties(3, 5, " "), provider(secrets));
        VisitorIds restarted = new VisitorIds(new PaywallProperties(3, 5, null), provider(secrets));

        String cookie = first.issueCookieValue();

        assertThat(restarted.verify(cookie)).isPresent();
        assertThat(withKey("generated-and-stored-key").verify(cookie)).isPresent();
    }

    private static VisitorIds withKey(String key) {
        return new VisitorIds(new PaywallProperties(3, 5, key), null);
    }

    @SuppressWarnings("unchecked")
    private static ObjectProvider<SharedSecrets> provider(SharedSecrets secrets) {
        ObjectProvider<SharedSecrets> provider = mock(ObjectProvider.class);
        given(provider.getObject()).willReturn(secrets);
        return provider;
    }
}
