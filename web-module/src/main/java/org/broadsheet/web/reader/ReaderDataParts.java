package org.broadsheet.web.reader;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.broadsheet.auth.AccountView;
import org.broadsheet.auth.ReaderAccounts;
import org.broadsheet.content.FollowTarget;
import org.broadsheet.content.ReadEntry;
import org.broadsheet.content.ReaderData;
import org.broadsheet.content.SavedArticle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The export parts and erasure steps for what content and auth keep about a reader. */
@Configuration(proxyBeanMethods = false)
class ReaderDataParts {

    record ExportedAccount(UUID id, String email, String name, List<String> roles, boolean emailVerified) {
    }

    record ExportedSaved(String slug, String headline, Instant savedAt) {
    }

    record ExportedFollow(String kind, String key, String name) {
    }

    record ExportedRead(String slug, String headline, Instant firstReadAt, Instant lastReadAt, int readCount) {
    }

    @Bean
    @Order(0)
    ExportPart accountExport(ReaderAccounts accounts) {
        return part("account", id -> accounts.findById(id).map(ReaderDataParts::account).orElse(null));
    }

    @Bean
    @Order(10)
    ExportPart savedExport(ReaderData data) {
        return part("saved", id -> data.export(id).saved().stream().map(ReaderDataParts::saved).toList());
    }

    @Bean
    @Order(11)
    ExportPart followsExport(ReaderData data) {
        return part("follows", id -> data.export(id).follows().stream().map(ReaderDataParts::follow).toList());
    }

    @Bean
    @Order(12)
    ExportPart historyExport(ReaderData data) {
        return part("history", id -> {
            var export = data.export(id);
            return Map.of("paused", export.historyPaused(),
                    "items", export.history().stream().map(ReaderDataParts::read).toList());
        });
    }

    @Bean
    @Order(AccountErasureStep.ERASE_READER_DATA)
    AccountErasureStep eraseReaderData(ReaderData data) {
        return data::erase;
    }

    @Bean
    @Order(AccountErasureStep.ERASE_ACCOUNT)
    AccountErasureStep eraseAccount(ReaderAccounts accounts) {
        return accounts::erase;
    }

    private static ExportedAccount account(AccountView view) {
        return new ExportedAccount(view.id(), view.email(), view.name(),
                view.roles().stream().map(Enum::name).sorted().toList(), view.emailVerified());
    }

    private static ExportedSaved saved(SavedArticle article) {
        return new ExportedSaved(article.slug(), article.headline(), article.savedAt());
    }

    private static ExportedFollow follow(FollowTarget target) {
        return new ExportedFollow(target.kind().key(), target.key(), target.name());
    }

    private static ExportedRead read(ReadEntry entry) {
        return new ExportedRead(entry.slug(), entry.headline(), entry.firstReadAt(), entry.lastReadAt(), entry.readCount());
    }

    private static ExportPart part(String key, Function<UUID, Object> export) {
        return new ExportPart() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public Object exportFor(UUID accountId) {
                return export.apply(accountId);
            }
        };
    }
}
