package org.broadsheet.web.security;

import org.broadsheet.auth.AccountPrincipal;
import org.broadsheet.auth.PasswordSignIn;
import org.broadsheet.auth.SignInRefusedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The login form's check, delegated to auth so the form shares the API's throttle and answers. */
class FormSignInProvider implements AuthenticationProvider {

    private final PasswordSignIn signIn;

    FormSignInProvider(PasswordSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        try {
            AccountPrincipal principal = signIn.signIn(authentication.getName(), password, address);
            principal.eraseCredentials();
            UsernamePasswordAuthenticationToken result =
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
            result.setDetails(authentication.getDetails());
            return result;
        } catch (SignInRefusedException.TooManyAttempts e) {
            throw new TooManySignInAttempts(e.retryAfter());
        } catch (SignInRefusedException.AccountLocked e) {
            throw new LockedException("This account is locked");
        } catch (SignInRefusedException.BadCredentials e) {
            throw new BadCredentialsException("Wrong email or password");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
