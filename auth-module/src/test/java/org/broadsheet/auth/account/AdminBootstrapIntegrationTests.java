package org.broadsheet.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.PasswordSignIn;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.auth.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:admin-bootstrap;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "broadsheet.admin.email= Chief@Broadsheet.Example ",
        "broadsheet.admin.password=an admin passphrase"})
class AdminBootstrapIntegrationTests {

    @Autowired
    ReaderAccounts accounts;
    @Autowired
    PasswordSignIn signIn;
    @Autowired
    AdminBootstrap bootstrap;
    @Autowired
    JdbcClient jdbc;

    @Test
    void createsVerifiedAdminAtStartUp() {
        AccountView admin = accounts.findByEmail("chief@broadsheet.example").orElseThrow();
        assertThat(admin.roles()).contains(Role.ADMIN);
        assertThat(admin.emailVerified()).isTrue();
        assertThat(signIn.signIn("chief@broadsheet.example", "an admin passphrase", "127.0.0.1").roles()).contains(Role.ADMIN);
    }

    @Test
    void runsOnlyOnceWhenTheAccountExists() {
        AccountView before = accounts.findByEmail("chief@broadsheet.example").orElseThrow();
        bootstrap.run(new DefaultApplicationArguments());
        bootstrap.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM accounts WHERE email = 'chief@broadsheet.example'").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(accounts.findByEmail("chief@broadsheet.example")).contains(before);
    }
}
