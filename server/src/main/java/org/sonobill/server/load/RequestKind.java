package org.sonobill.server.load;

/** The requests a virtual user sends, in the order of its loop. */
enum RequestKind {
    CREATE_STUDY("create-study", "POST /api/studies"),
    CODE("code", "POST /api/studies/{id}/code"),
    ACCEPT_CODING("accept-coding", "POST /api/studies/{id}/coding"),
    CREATE_CLAIM("create-claim", "POST /api/claims"),
    SCRUB("scrub", "POST /api/claims/{id}/scrub");

    final String key;
    final String request;

    RequestKind(String key, String request) {
        this.key = key;
        this.request = request;
    }
}
