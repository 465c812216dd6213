package org.sonobill.server.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request. */
public final class CurrentUser {
    private CurrentUser() {
    }

    /** The signed-in user; endpoints are only reached signed in, so this never returns null there. */
    public static SonoBillUser get() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.getPrincipal() instanceof SonoBillUser u) {
            return u;
        }
        throw new IllegalStateException("no signed-in SonoBill user on this request");
    }
}
