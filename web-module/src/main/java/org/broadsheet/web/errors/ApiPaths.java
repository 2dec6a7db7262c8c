package org.broadsheet.web.errors;

/** Which paths belong to programs (problem+json errors) rather than people (HTML error pages). */
final class ApiPaths {

    private ApiPaths() {
    }

    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/webhooks/"));
    }
}
