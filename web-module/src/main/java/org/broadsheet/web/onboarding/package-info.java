/**
 * Moving a publisher in: readers from a CSV file and articles from a feed or a JSON export, imported in the
 * background in batches, with progress any instance can show and a report row for every input row. The work itself
 * goes through auth, billing and content's public APIs; this package only orchestrates.
 */
package org.broadsheet.web.onboarding;
