package org.broadsheet;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Lets slice tests inside the content module find a configuration. */
@SpringBootApplication
public class ContentTestApplication {
}
