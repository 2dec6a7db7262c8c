package org.broadsheet.web.account;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.web.support.ReaderSignInListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Records which accounts signed in through a browser, as the meter merge will see them. */
public class RecordedSignIns implements ReaderSignInListener {

    private final List<UUID> accountIds = new CopyOnWriteArrayList<>();

    @Override
    public void readerSignedIn(UUID accountId, HttpServletRequest request, HttpServletResponse response) {
        accountIds.add(accountId);
    }

    public List<UUID> accountIds() {
        return accountIds;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        RecordedSignIns recordedSignIns() {
            return new RecordedSignIns();
        }
    }
}
