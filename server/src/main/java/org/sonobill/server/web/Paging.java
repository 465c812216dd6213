package org.sonobill.server.web;

/** The paging parameters every list takes. */
public final class Paging {
    private Paging() {
    }

    /** Refuses a page size outside 1-500 or a negative offset. */
    public static void check(int limit, int offset) {
        if (limit < 1 || limit > 500) {
            throw ApiException.badField("limit", "expected 1 to 500, found " + limit);
        }
        if (offset < 0) {
            throw ApiException.badField("offset", "expected 0 or more, found " + offset);
        }
    }
}
