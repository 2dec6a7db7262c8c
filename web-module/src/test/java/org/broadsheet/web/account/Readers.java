package org.broadsheet.web.account;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Object mother for readers in web tests: fresh emails, a strong password, a fresh client address per test. */
public final class Readers {

    public static final String PASSWORD = "correct horse battery staple";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    private Readers() {
    }

    public static String newEmail() {
        return "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** A client address no other test uses, so the per-address throttle of one test never touches another. */
    public static RequestPostProcessor fromNewAddress() {
        String address = "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256)
                + "." + ThreadLocalRandom.current().nextInt(1, 255);
        return from(address);
    }

    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    public static String registerJson(String email, String password, String name) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"" + name + "\"}";
    }

    public static String credentialsJson(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    /** The token of the newest outbox mail of this template to this address. */
    public static String tokenFromOutbox(JdbcClient jdbc, String email, String template) {
        String text = jdbc.sql("SELECT text_body FROM outbox WHERE recipient = :email AND template = :template ORDER BY created_at DESC")
                .param("email", email).param("template", template).query(String.class).list().get(0);
        Matcher matcher = TOKEN.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No token link in the " + template + " mail");
        }
        return matcher.group(1);
    }
}
