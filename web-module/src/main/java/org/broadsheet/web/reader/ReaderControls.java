package org.broadsheet.web.reader;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.content.FollowKind;
import org.broadsheet.content.Follows;
import org.broadsheet.content.SavedArticles;
import org.broadsheet.web.security.SafeRedirects;
import org.broadsheet.web.support.CurrentReaders;
import org.broadsheet.web.support.SignedInReader;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the save and follow buttons of {@code templates/reader/controls.html} need to know, as the bean
 * {@code @readerControls}: so any page (article, listing, home) can show them without its controller's help.
 */
@Component("readerControls")
class ReaderControls {

    private final CurrentReaders readers;
    private final SavedArticles saved;
    private final Follows follows;

    ReaderControls(CurrentReaders readers, SavedArticles saved, Follows follows) {
        this.readers = readers;
        this.saved = saved;
        this.follows = follows;
    }

    /** Whether a reader is signed in (the buttons only show then). */
    public boolean signedIn() {
        return readers.current().isPresent();
    }

    /** Whether the signed-in reader saved the article; false when nobody is signed in. */
    public boolean saved(String slug) {
        return readers.current().map(SignedInReader::accountId).map(id -> saved.isSaved(id, slug)).orElse(false);
    }

    /** Whether the signed-in reader follows this topic, author or section; false when nobody is signed in. */
    public boolean following(String kind, String key) {
        UUID id = readers.current().map(SignedInReader::accountId).orElse(null);
        return id != null && FollowKind.fromKey(kind).map(k -> follows.isFollowing(id, k, key)).orElse(false);
    }

    /** The page being shown (path and query), for the buttons to come back to after a plain form post. */
    public String returnTo() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
            String path = forwarded instanceof String uri ? uri : request.getRequestURI();
            String query = request.getQueryString();
            String target = query == null ? path : path + "?" + query;
            String context = request.getContextPath();
            if (!context.isEmpty() && target.startsWith(context)) {
                target = target.substring(context.length());
            }
            return SafeRedirects.isSafeLocalPath(target) ? target : "/";
        }
        return "/";
    }
}
