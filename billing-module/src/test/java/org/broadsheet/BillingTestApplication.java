package org.broadsheet;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Lets slice tests inside the billing module find a configuration. */
@SpringBootApplication
public class BillingTestApplication {
}
