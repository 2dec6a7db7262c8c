package org.broadsheet;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Lets slice tests inside the auth module find a configuration. */
@SpringBootApplication
public class AuthTestApplication {
}
