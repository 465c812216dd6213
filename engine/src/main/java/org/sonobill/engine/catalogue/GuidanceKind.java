package org.sonobill.engine.catalogue;

/**
 * A kind of ultrasound guidance ({@code procedures[].kind}) and what its code needs.
 *
 * @param key the JSON key, e.g. needle-guidance
 * @param code the guidance code
 * @param realTimeNeedle the code requires real-time visualisation of the needle
 * @param vascularAccess the +76937 elements apply (sites evaluated, vessel patent)
 * @param sameRegionRule NCCI ch. IX §H.8 applies: not separately reportable with a diagnostic study of the region
 * @param primaryRequired a separately reported primary procedure is expected
 * @param source where the requirements come from
 */
public record GuidanceKind(String key, String code, boolean realTimeNeedle, boolean vascularAccess,
                           boolean sameRegionRule, boolean primaryRequired, String source) {
}
