package org.broadsheet.web.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.broadsheet.auth.AccountImports;
import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.FieldProblem;
import org.broadsheet.auth.ImportedAccount;
import org.broadsheet.auth.ImportedReader;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.billing.Comps;
import org.broadsheet.billing.CustomerLinks;
import org.broadsheet.content.Newsletter;
import org.broadsheet.content.Newsletters;
import org.broadsheet.web.support.SiteProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Readers from a CSV file: every row checked on its own and against the others (duplicates, conflicts), then
 * brought in through auth (account, labels, age), content (newsletters) and billing (comp, Stripe customer).
 * Applying a row twice changes nothing the second time.
 */
@Component
class ReaderImport implements ImportWork<ReaderImport.ReaderLine> {

    static final String INVITE = "invite";

    private static final Pattern STRIPE_CUSTOMER = Pattern.compile("cus_[A-Za-z0-9]{1,250}");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9][a-z0-9 _.-]{0,63}");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[;|,]+");

    private final AccountImports imports;
    private final ReaderAccounts accounts;
    private final Newsletters newsletters;
    private final Comps comps;
    private final ObjectProvider<CustomerLinks> customerLinks;
    private final ObjectProvider<Clock> clocks;
    private final ZoneId zone;

    ReaderImport(AccountImports imports, ReaderAccounts accounts, Newsletters newsletters, Comps comps,
                 ObjectProvider<CustomerLinks> customerLinks, ObjectProvider<Clock> clocks, SiteProperties site) {
        this.imports = imports;
        this.accounts = accounts;
        this.newsletters = newsletters;
        this.comps = comps;
        this.customerLinks = customerLinks;
        this.clocks = clocks;
        this.zone = site.timeZone();
    }

    /** A checked row: normalised email, a name, and what to bring in; null or empty where the file had nothing. */
    record ReaderLine(String email, String name, Instant createdAt, Set<String> newsletters, String stripeCustomer,
                      LocalDate compUntil, Set<String> labels) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.READERS;
    }

    /** Reads the file without importing anything: how many data rows it has. @throws InvalidImport when unreadable */
    int check(String input) {
        return ReaderCsv.read(input).size();
    }

    @Override
    public List<ImportRow<ReaderLine>> rows(String input, Map<String, String> options) {
        List<ReaderCsv.Line> lines = ReaderCsv.read(input);
        Set<String> catalogue = newsletters.catalogue().stream().map(Newsletter::key).collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock().withZone(zone));
        List<ImportRow<ReaderLine>> rows = new ArrayList<>(lines.size());
        for (ReaderCsv.Line line : lines) {
            rows.add(check(line, catalogue, today));
        }
        return crossCheck(rows);
    }

    private ImportRow<ReaderLine> check(ReaderCsv.Line line, Set<String> catalogue, LocalDate today) {
        String rawEmail = line.get(ReaderCsv.EMAIL);
        String item = rawEmail == null ? "" : rawEmail;
        List<String> problems = new ArrayList<>();
        String email = imports.normaliseEmail(rawEmail);
        String name = line.get(ReaderCsv.NAME);
        if (name == null && email != null && email.contains("@")) {
            name = email.substring(0, email.indexOf('@'));
        }
        for (FieldProblem problem : imports.problems(email, name == null ? "Reader" : name)) {
            problems.add("email".equals(problem.field())
                    ? (email == null || email.isEmpty() ? "missing email" : "malformed email")
                    : "bad name: " + problem.message());
        }
        Instant createdAt = null;
        String created = line.get(ReaderCsv.CREATED);
        if (created != null) {
            createdAt = instant(created);
            if (createdAt == null) {
                problems.add("bad created date \"" + created + "\" (use YYYY-MM-DD)");
            } else if (createdAt.isAfter(clock().instant())) {
                problems.add("created date " + created + " is in the future");
            }
        }
        Set<String> chosen = list(line.get(ReaderCsv.NEWSLETTERS), false);
        for (String key : chosen) {
            if (!catalogue.contains(key)) {
                problems.add("unknown newsletter \"" + key + "\"");
            }
        }
        String stripe = line.get(ReaderCsv.STRIPE);
        if (stripe != null && !STRIPE_CUSTOMER.matcher(stripe).matches()) {
            problems.add("malformed Stripe customer id \"" + stripe + "\"");
        }
        LocalDate compUntil = null;
        String comp = line.get(ReaderCsv.COMP);
        if (comp != null) {
            try {
                compUntil = LocalDate.parse(comp);
                if (compUntil.isBefore(today)) {
                    problems.add("comp date " + comp + " is in the past");
                }
            } catch (DateTimeParseException e) {
                problems.add("bad comp date \"" + comp + "\" (use YYYY-MM-DD)");
            }
        }
        Set<String> labels = list(line.get(ReaderCsv.LABELS), true);
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                problems.add("bad label \"" + label + "\" (letters, digits, spaces, . _ -, at most 64)");
            }
        }
        if (!problems.isEmpty()) {
            return ImportRow.rejected(line.line(), item, String.join("; ", problems));
        }
        return ImportRow.of(line.line(), item,
                new ReaderLine(email, name.strip(), createdAt, chosen, stripe, compUntil, labels));
    }

    /** The same email twice is a duplicate when the rows agree and a conflict when they do not; so is a shared Stripe customer. */
    private static List<ImportRow<ReaderLine>> crossCheck(List<ImportRow<ReaderLine>> rows) {
        Map<String, List<ImportRow<ReaderLine>>> byEmail = new LinkedHashMap<>();
        Map<String, List<ImportRow<ReaderLine>>> byCustomer = new LinkedHashMap<>();
        for (ImportRow<ReaderLine> row : rows) {
            if (row.payload() != null) {
                byEmail.computeIfAbsent(row.payload().email(), k -> new ArrayList<>()).add(row);
                if (row.payload().stripeCustomer() != null) {
                    byCustomer.computeIfAbsent(row.payload().stripeCustomer(), k -> new ArrayList<>()).add(row);
                }
            }
        }
        Map<Integer, String> rejections = new HashMap<>();
        byEmail.values().stream().filter(group -> group.size() > 1).forEach(group -> {
            ImportRow<ReaderLine> first = group.get(0);
            boolean agree = group.stream().allMatch(row -> row.payload().equals(first.payload()));
            for (int i = 0; i < group.size(); i++) {
                ImportRow<ReaderLine> row = group.get(i);
                if (agree && i > 0) {
                    rejections.put(row.line(), "duplicate of line " + first.line());
                } else if (!agree) {
                    ImportRow<ReaderLine> other = i == 0 ? group.get(1) : first;
                    rejections.put(row.line(), "conflicts with line " + other.line() + " (same email, different details)");
                }
            }
        });
        byCustomer.forEach((customer, group) -> {
            Set<String> emails = group.stream().map(row -> row.payload().email()).collect(Collectors.toSet());
            if (emails.size() > 1) {
                for (ImportRow<ReaderLine> row : group) {
                    ImportRow<ReaderLine> other = group.stream()
                            .filter(o -> !o.payload().email().equals(row.payload().email())).findFirst().orElseThrow();
                    rejections.merge(row.line(), "Stripe customer " + customer + " is also on line " + other.line(),
                            (a, b) -> a + "; " + b);
                }
            }
        });
        if (rejections.isEmpty()) {
            return rows;
        }
        return rows.stream().map(row -> rejections.containsKey(row.line())
                ? ImportRow.<ReaderLine>rejected(row.line(), row.item(), rejections.get(row.line())) : row).toList();
    }

    @Override
    public RowResult apply(ReaderLine line, ImportJob job) {
        CustomerLinks links = null;
        if (line.stripeCustomer() != null) {
            links = customerLinks.getIfAvailable();
            if (links == null) {
                return RowResult.rejected("Stripe customer given but Stripe is not the billing provider (BILLING_PROVIDER)");
            }
            UUID existing = accounts.findByEmail(line.email()).map(AccountView::id).orElse(null);
            var refusal = links.refusal(line.stripeCustomer(), existing);
            if (refusal.isPresent()) {
                return RowResult.rejected(refusal.get());
            }
        }
        ImportedAccount brought = imports.bring(new ImportedReader(line.email(), line.name(), line.createdAt(), line.labels()));
        UUID id = brought.account().id();
        List<String> changes = new ArrayList<>();
        if (brought.change() == ImportedAccount.Change.CREATED) {
            changes.add("account created");
        } else if (brought.change() == ImportedAccount.Change.UPDATED) {
            changes.add("labels or reader-since date updated");
        }
        if (!line.newsletters().isEmpty()) {
            Set<String> had = newsletters.choicesOf(id);
            List<String> added = line.newsletters().stream().filter(key -> !had.contains(key)).sorted().toList();
            added.forEach(key -> newsletters.subscribe(id, key));
            if (!added.isEmpty() && brought.change() != ImportedAccount.Change.CREATED) {
                changes.add("newsletters " + String.join(", ", added));
            }
        }
        if (line.compUntil() != null) {
            LocalDate latest = comps.latestUntil(id).orElse(null);
            if (latest == null || latest.isBefore(line.compUntil())) {
                comps.grant(id, line.compUntil(), "Imported from " + job.sourceName(), job.actorEmail());
                changes.add("comp until " + line.compUntil());
            }
        }
        if (links != null) {
            CustomerLinks.CustomerLink link = links.link(id, line.stripeCustomer());
            if (link.newlyLinked()) {
                changes.add("Stripe customer linked, " + link.subscriptionsSynced() + " subscription(s) synced");
            }
        }
        boolean invited = job.option(INVITE) && imports.invite(id);
        String note = String.join("; ", changes) + (invited ? (changes.isEmpty() ? "" : "; ") + "invitation sent" : "");
        if (brought.change() == ImportedAccount.Change.CREATED) {
            return new RowResult(ImportOutcome.IMPORTED, note);
        }
        return new RowResult(changes.isEmpty() ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED, note);
    }

    private Instant instant(String value) {
        try {
            return LocalDate.parse(value).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException notATime) {
                try {
                    return Instant.parse(value);
                } catch (DateTimeParseException nothing) {
                    return null;
                }
            }
        }
    }

    private static Set<String> list(String value, boolean lowerCase) {
        if (value == null) {
            return Set.of();
        }
        return Arrays.stream(LIST_SEPARATORS.split(value)).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> lowerCase ? s.toLowerCase(Locale.ROOT) : s).collect(Collectors.toCollection(TreeSet::new));
    }

    private Clock clock() {
        return clocks.getIfAvailable(Clock::systemUTC);
    }
}
