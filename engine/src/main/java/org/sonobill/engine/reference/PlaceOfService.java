package org.sonobill.engine.reference;

/**
 * A CMS place of service.
 *
 * @param code two digits
 * @param name CMS's name
 * @param facility true when CMS prices services there at the facility rate (hospital settings and the like)
 */
public record PlaceOfService(String code, String name, boolean facility) {
}
